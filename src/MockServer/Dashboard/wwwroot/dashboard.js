// The mock's dashboard: plain JS, no build step. State arrives as server-sent events from /_mock/ui/events;
// actions go through the ordinary admin API under /_mock. Text from the mock is always set with textContent,
// never as HTML, so a job title cannot inject markup.
"use strict";

const $ = (id) => document.getElementById(id);
const view = { state: null, selectedJob: null, selectedJobStatus: null, journalSequence: -1, journalQuery: null };

// ---- small helpers -------------------------------------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (value !== undefined && value !== null) node[name] = value;
  }
  node.append(...present(children));
  return node;
}

// DOM methods turn null into the text "null"; optional children are left out instead.
const present = (nodes) => nodes.filter((node) => node !== null && node !== undefined);

function notify(message, isError = false) {
  const notice = $("notice");
  notice.textContent = message;
  notice.classList.toggle("error", isError);
  notice.hidden = !message;
}

// Calls the admin API; shows the mock's own error message when it refuses.
async function call(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) {
    const message = json?.error?.message ?? json?.message ?? text ?? response.statusText;
    notify(`${method} ${path}: ${response.status} ${message}`, true);
    throw new Error(message);
  }
  notify("");
  return json;
}

const credits = (value) => Number(value).toLocaleString(undefined, { maximumFractionDigits: 3 });
const seconds = (value) => `${Number(value).toFixed(1)} s`;
const time = (value) => new Date(value).toLocaleTimeString();
const unixTime = (value) => (value ? new Date(value * 1000).toLocaleString() : "—");
const mediaPath = (id, file) => `/_mock/ui/media/${encodeURIComponent(id)}/${file}`;

// Keeps one DOM node per key, so inputs the user is typing in survive every update.
function reconcile(container, items, keyOf, create, update) {
  const existing = new Map([...container.children].map((node) => [node.dataset.key, node]));
  items.forEach((item, index) => {
    const key = keyOf(item);
    let node = existing.get(key);
    if (!node) {
      node = create(item);
      node.dataset.key = key;
    }
    existing.delete(key);
    update(node, item);
    if (container.children[index] !== node) container.insertBefore(node, container.children[index] ?? null);
  });
  for (const stale of existing.values()) stale.remove();
}

// ---- live state ------------------------------------------------------------------------------------------------

function connect() {
  const events = new EventSource("/_mock/ui/events");
  events.addEventListener("open", () => setConnection("live", "live"));
  events.addEventListener("error", () => setConnection("down", "reconnecting…"));
  events.addEventListener("state", (event) => render(JSON.parse(event.data)));
}

function setConnection(kind, text) {
  const pill = $("connection");
  pill.className = `pill ${kind}`;
  pill.textContent = text;
}

function render(state) {
  view.state = state;
  $("clock").textContent = state.clock_offset_seconds ? `mock clock: real time + ${state.clock_offset_seconds} s` : "mock clock: real time";
  renderLedgers(state.ledgers);
  renderJobs(state);
  renderFaults(state.faults);
  if (state.journal_sequence !== view.journalSequence) {
    view.journalSequence = state.journal_sequence;
    refreshJournal();
  }
  const selected = view.selectedJob && state.jobs.find((job) => job.id === view.selectedJob);
  if (selected && selected.status !== view.selectedJobStatus) showDetail(selected.id);
}

// ---- credits ---------------------------------------------------------------------------------------------------

function renderLedgers(ledgers) {
  reconcile($("ledgers"), ledgers, (ledger) => ledger.key_hint, createLedgerRow, (row, ledger) => {
    row.cells[0].textContent = ledger.key_hint;
    row.cells[1].textContent = ledger.tier;
    row.cells[2].textContent = credits(ledger.balance_credits);
    row.cells[3].textContent = credits(ledger.reserved_credits);
  });
  const picker = $("job-key");
  const chosen = picker.value;
  const keys = ledgers.map((ledger) => ledger.key_hint);
  if ([...picker.options].slice(1).map((option) => option.value).join() !== keys.join()) {
    picker.replaceChildren(el("option", { value: "", textContent: "all keys" }), ...keys.map((key) => el("option", { value: key, textContent: key })));
    picker.value = keys.includes(chosen) ? chosen : "";
  }
}

function createLedgerRow(ledger) {
  const amount = el("input", { type: "number", min: "0", step: "any", placeholder: "credits", ariaLabel: `New balance for ${ledger.key_hint}` });
  const form = el("form", { className: "balance-form", onsubmit: async (event) => {
    event.preventDefault();
    if (amount.value === "") return;
    await call("PUT", `/_mock/ledgers/${encodeURIComponent(ledger.key_hint)}`, { credits: Number(amount.value) });
    amount.value = "";
  } }, amount, el("button", { type: "submit", textContent: "Set" }));
  return el("tr", { dataset: { testid: "ledger-row" } },
    el("td", { className: "key-id" }), el("td"), el("td", { className: "balance", dataset: { testid: "balance" } }), el("td", { className: "reserved" }), el("td", {}, form));
}

$("open-ledger").addEventListener("submit", async (event) => {
  event.preventDefault();
  const key = $("open-ledger-key");
  await call("PUT", "/_mock/ledgers", { api_key: key.value, credits: Number($("open-ledger-credits").value) });
  key.value = "";
});

// ---- jobs ------------------------------------------------------------------------------------------------------

function renderJobs(state) {
  const key = $("job-key").value;
  const jobs = state.jobs.filter((job) => !key || job.owner_key_id === key);
  $("job-count").textContent = state.job_count > state.jobs.length ? `(newest ${state.jobs.length} of ${state.job_count})` : `(${state.job_count})`;
  $("jobs-empty").hidden = jobs.length > 0;
  reconcile($("jobs"), jobs, (job) => job.id, createJobCard, updateJobCard);
}

$("job-key").addEventListener("change", () => view.state && renderJobs(view.state));

function createJobCard(job) {
  const card = el("article", { className: "job", tabIndex: 0, dataset: { testid: "job", jobId: job.id }, onclick: (event) => {
    if (!event.target.closest("button, select")) showDetail(job.id);
  }, onkeydown: (event) => { if (event.key === "Enter") showDetail(job.id); } });
  const codes = el("select", { className: "fail-code", ariaLabel: "Failure code" });
  card.append(
    el("div", { className: "thumb" }),
    el("div", {},
      el("div", { className: "title" }),
      el("div", { className: "meta" }),
      el("div", { className: "actions" },
        el("button", { className: "secondary", textContent: "Advance", dataset: { action: "advance" }, onclick: () => call("POST", `/_mock/jobs/${job.id}/advance`) }),
        el("button", { className: "secondary", textContent: "Complete", dataset: { action: "complete" }, onclick: () => call("POST", `/_mock/jobs/${job.id}/complete`) }),
        codes,
        el("button", { className: "secondary", textContent: "Fail", dataset: { action: "fail" }, onclick: () => call("POST", `/_mock/jobs/${job.id}/fail`, { code: codes.value }) }))));
  return card;
}

function updateJobCard(card, job) {
  card.classList.toggle("selected", job.id === view.selectedJob);
  card.dataset.status = job.status;
  const thumb = card.querySelector(".thumb");
  if (job.status === "completed" && thumb.tagName !== "IMG") {
    thumb.replaceWith(el("img", { className: "thumb", src: mediaPath(job.id, "thumbnail.jpg"), alt: `Thumbnail of ${job.id}` }));
  } else if (job.status !== "completed") {
    thumb.textContent = job.status;
  }
  card.querySelector(".title").textContent = job.title || job.id;
  const meta = card.querySelector(".meta");
  meta.replaceChildren(...present([
    el("span", { className: `status ${job.status}`, textContent: job.status, dataset: { testid: "job-status" } }),
    el("span", { textContent: seconds(job.duration_seconds) }),
    el("span", { textContent: `${credits(job.cost)} credits` }),
    el("span", { textContent: job.owner_key_id }),
    el("code", { textContent: job.id }),
    job.error ? el("span", { className: "failure", textContent: job.error.code, dataset: { testid: "failure-code" } }) : null]));
  const terminal = job.status === "completed" || job.status === "failed";
  card.querySelectorAll(".actions button, .actions select").forEach((control) => { control.disabled = terminal; });
  const codes = card.querySelector(".fail-code");
  if (codes.options.length !== view.state.failure_codes.length) {
    codes.replaceChildren(...view.state.failure_codes.map((code) => el("option", { value: code, textContent: code })));
  }
}

// ---- job detail and player ---------------------------------------------------------------------------------------

$("detail-close").addEventListener("click", () => {
  view.selectedJob = null;
  $("detail").hidden = true;
  $("player").replaceChildren();
  if (view.state) renderJobs(view.state);
});

async function showDetail(id) {
  const changed = view.selectedJob !== id;
  view.selectedJob = id;
  const detail = await call("GET", `/_mock/ui/jobs/${encodeURIComponent(id)}`);
  if (view.selectedJob !== id) return;
  view.selectedJobStatus = detail.job.status;
  $("detail").hidden = false;
  $("detail-id").textContent = id;
  const job = detail.job;
  const facts = [
    ["Status", job.status], ["Key id", job.owner_key_id], ["Surface", job.surface], ["Mode", job.mode],
    ["Duration", seconds(job.duration_seconds)], ["Cost", `${credits(job.cost)} credits`], ["Size", `${job.width}×${job.height}`],
    ["Created", unixTime(job.created_at)], ["Completed", unixTime(job.completed_at)],
    ["Failure", job.error ? `${job.error.code}: ${job.error.message}` : "—"],
  ];
  $("detail-facts").replaceChildren(...facts.flatMap(([name, value]) => [el("dt", { textContent: name }), el("dd", { textContent: value })]));
  $("detail-history").replaceChildren(...detail.history.map((step) => el("li", { textContent: `${step.status} at ${time(step.at)}` })));
  $("detail-request").textContent = JSON.stringify(detail.request, null, 2);
  renderPlayer(job, changed);
  if (view.state) renderJobs(view.state);
  if (changed) $("detail").scrollIntoView({ block: "nearest" });
}

function renderPlayer(job, changed) {
  const player = $("player");
  const media = view.state?.media ?? { browser_playable: false };
  if (job.status !== "completed") {
    player.replaceChildren(el("p", { className: "muted", textContent: `The video is ready once the job completes (now ${job.status}).` }));
    return;
  }
  if (!changed && player.dataset.jobId === job.id) return;
  player.dataset.jobId = job.id;
  const download = el("a", { href: mediaPath(job.id, "video.mp4"), textContent: "Download the MP4", download: `${job.id}.mp4` });
  if (!media.browser_playable) {
    player.replaceChildren(
      el("img", { src: mediaPath(job.id, "thumbnail.jpg"), alt: `Thumbnail of ${job.id}` }),
      el("p", { className: "notice", dataset: { testid: "no-ffmpeg" }, textContent:
        "This video cannot play in the browser: without ffmpeg on its PATH the mock writes Motion-JPEG MP4 files, which browsers do not decode. "
        + "Install ffmpeg (apt-get install ffmpeg) and restart the mock to get H.264; the file still plays in VLC or ffplay." }),
      download);
    return;
  }
  const video = el("video", { src: mediaPath(job.id, "video.mp4"), controls: true, muted: true, autoplay: true, playsInline: true, dataset: { testid: "video" } });
  video.addEventListener("error", () => player.append(el("p", { className: "notice error", textContent: `The browser could not play this video (${video.error?.message || "unsupported"}).` })));
  player.replaceChildren(video, el("p", { className: "muted", textContent: `H.264 (${media.encoder}) · ` }, download));
}

// ---- fault rules -----------------------------------------------------------------------------------------------

function renderFaults(faults) {
  reconcile($("faults"), faults, (fault) => fault.id, createFaultRow, (row, fault) => {
    row.querySelector("input").checked = fault.enabled;
    row.cells[1].textContent = fault.flag;
    row.cells[2].textContent = fault.hits;
    row.cells[3].textContent = fault.times_left ?? "∞";
  });
}

function createFaultRow(fault) {
  const toggle = el("input", { type: "checkbox", ariaLabel: `Rule ${fault.id} on`, onchange: () => call("PATCH", `/_mock/faults/${fault.id}`, { enabled: toggle.checked }) });
  return el("tr", { dataset: { testid: "fault-row", faultId: fault.id } },
    el("td", {}, toggle), el("td", { className: "path" }), el("td", { dataset: { testid: "fault-hits" } }), el("td"),
    el("td", {}, el("button", { className: "link", textContent: "delete", onclick: () => call("DELETE", `/_mock/faults/${fault.id}`) })));
}

$("fault-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const rule = { path: form.get("path"), kind: form.get("kind"), phase: form.get("phase") };
  if (form.get("method")) rule.method = form.get("method");
  if (rule.kind === "status") rule.status = Number(form.get("status"));
  for (const name of ["latency_ms", "times", "probability"]) if (form.get(name)) rule[name] = Number(form.get(name));
  await call("POST", "/_mock/faults", rule);
});

// ---- journal -----------------------------------------------------------------------------------------------------

async function refreshJournal() {
  const query = new URLSearchParams([...new FormData($("journal-filter"))].filter(([, value]) => value !== "")).toString();
  view.journalQuery = query;
  const entries = await call("GET", `/_mock/ui/journal${query ? `?${query}` : ""}`).catch(() => null);
  if (!entries || view.journalQuery !== query) return;
  reconcile($("journal"), entries, (entry) => String(entry.sequence), () => el("tr", { dataset: { testid: "journal-row" } },
    el("td"), el("td"), el("td", { className: "path" }), el("td"), el("td"), el("td"), el("td"), el("td", { className: "request-id" })), (row, entry) => {
    const cells = [time(entry.time), entry.method, entry.path + entry.query, entry.status ?? "dropped", entry.key_id ?? "—", entry.fault ?? "", entry.duration_ms, entry.request_id ?? "—"];
    cells.forEach((value, index) => { row.cells[index].textContent = value; });
  });
}

$("journal-filter").addEventListener("input", refreshJournal);
$("journal-filter").addEventListener("submit", (event) => { event.preventDefault(); refreshJournal(); });

// ---- reset -------------------------------------------------------------------------------------------------------

// Two clicks, no confirm() dialog: a stray click cannot wipe the mock, and browser automation needs no dialog handling.
$("reset").addEventListener("click", async () => {
  const button = $("reset");
  if (button.dataset.armed !== "true") {
    button.dataset.armed = "true";
    button.textContent = "Click again to reset";
    return;
  }
  button.dataset.armed = "false";
  button.textContent = "Reset mock";
  await call("POST", "/_mock/reset");
  view.selectedJob = null;
  $("detail").hidden = true;
  notify("The mock was reset: jobs, assets, ledgers, journal and run-time fault rules are gone.");
});

// For tests and the browser console: the last state the mock pushed.
window.dashboardState = () => view.state;

connect();
