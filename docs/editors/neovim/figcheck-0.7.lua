-- figcheck in Neovim 0.7 (Debian 12's package; vim.lsp.start arrived in 0.8): one server for the
-- session, attached to article and rule-file buffers. Tried: nvim -u figcheck-0.7.lua article.txt
local figcheck
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "text", "markdown", "html", "yaml" },
  callback = function(args)
    figcheck = figcheck or vim.lsp.start_client({
      name = "figcheck", cmd = { "figcheck", "lsp" }, root_dir = vim.fn.getcwd(),
    })
    vim.lsp.buf_attach_client(args.buf, figcheck)
  end,
})
vim.diagnostic.config({ virtual_text = true, signs = true, underline = true })
-- optional: a readable hover window (0.7's default float colours are magenta)
vim.cmd("highlight NormalFloat ctermbg=236 ctermfg=252")
vim.lsp.handlers["textDocument/hover"] = vim.lsp.with(vim.lsp.handlers.hover, { border = "rounded" })
