-- figcheck in Neovim 0.8 or later: put this in init.lua (or a file under plugin/).
-- One server per project root (the folder holding .figcheck.yaml, else the file's folder).
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "text", "markdown", "html", "yaml" },
  callback = function(args)
    local found = vim.fs.find({ ".figcheck.yaml", "pyproject.toml", ".git" },
                              { upward = true, path = vim.fs.dirname(args.file) })[1]
    vim.lsp.start({
      name = "figcheck",
      cmd = { "figcheck", "lsp" },
      root_dir = found and vim.fs.dirname(found) or vim.fs.dirname(args.file),
    })
  end,
})
