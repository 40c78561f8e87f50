// Talks to `figcheck lsp` through vscode-languageserver-protocol, the JSON-RPC layer VS Code's own
// client is built on: open an article, print its diagnostics, hover the first one. A check that the
// server speaks what VS Code speaks, without VS Code.
//   npm install vscode-languageserver-protocol@3.17.5 && node try-protocol.js ARTICLE [figcheck lsp args]
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const rpc = require("vscode-languageserver-protocol/node");

async function main() {
  const [article, ...extra] = process.argv.slice(2);
  const server = spawn("figcheck", ["lsp", ...extra], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const published = new Promise((resolve) =>
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, resolve));
  connection.listen();
  const root = pathToFileURL(path.dirname(path.resolve(article))).href;
  await connection.sendRequest(rpc.InitializeRequest.type,
    { processId: process.pid, rootUri: root, capabilities: {}, workspaceFolders: null });
  connection.sendNotification(rpc.InitializedNotification.type, {});
  const uri = pathToFileURL(path.resolve(article)).href;
  connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "plaintext", version: 1, text: fs.readFileSync(article, "utf8") } });
  const { diagnostics } = await published;
  for (const d of diagnostics) {
    console.log(`${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);
  }
  if (diagnostics.length) {
    const hover = await connection.sendRequest(rpc.HoverRequest.type,
      { textDocument: { uri }, position: diagnostics[0].range.start });
    console.log("--- hover ---\n" + hover.contents.value);
  }
  await connection.sendRequest(rpc.ShutdownRequest.type);
  connection.sendNotification(rpc.ExitNotification.type);
}

main().catch((e) => { console.error(e); process.exit(1); });
