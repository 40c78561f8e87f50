// A minimal client for `figcheck lsp`: VS Code starts it over stdio for Markdown, plain text, HTML
// and rule files; diagnostics, hovers, quick fixes and rule-file completion come from the server.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration("figcheck").get("command");
  client = new LanguageClient(
    "figcheck", "figcheck",
    { command, args, transport: TransportKind.stdio },
    {
      documentSelector: [
        { scheme: "file", language: "markdown" }, { scheme: "file", language: "plaintext" },
        { scheme: "file", language: "html" }, { scheme: "untitled", language: "markdown" },
        { scheme: "untitled", language: "plaintext" },
        { scheme: "file", pattern: "**/*.rules.yaml" }, { scheme: "file", pattern: "**/rules/*.yaml" },
      ],
    });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
