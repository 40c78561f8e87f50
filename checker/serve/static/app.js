// figcheck's page, with JavaScript on: the form is checked as you type (the same POST as the
// button, to /page/result, which answers with the result fragment). Without JavaScript the form
// posts to / and the whole page comes back.
"use strict";
(function () {
  const form = document.getElementById("check");
  const result = document.getElementById("result");
  const status = document.getElementById("status");
  let timer = null;
  let sent = 0;       // the newest request sent; an older answer arriving late is dropped
  async function update() {
    const mine = ++sent;
    status.textContent = "checking…";
    try {
      const reply = await fetch("/page/result", { method: "POST", body: new FormData(form) });
      const html = await reply.text();
      if (mine !== sent) return;
      if (reply.headers.get("content-type").startsWith("application/json")) {
        const error = JSON.parse(html).error;
        result.innerHTML = "";
        const p = document.createElement("p");
        p.className = "problems";
        p.id = "problems";
        p.textContent = error.message;
        result.appendChild(p);
      } else {
        result.innerHTML = html;
      }
      status.textContent = "";
    } catch (e) {
      if (mine === sent) status.textContent = "could not reach the service";
    }
  }
  function soon() {
    clearTimeout(timer);
    timer = setTimeout(update, 400);
  }
  form.addEventListener("input", soon);
  form.addEventListener("change", soon);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    update();
  });
})();
