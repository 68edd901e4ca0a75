/* Jornada room: the participant's page. Plain ES5-era JavaScript (no build step, no CDN), so that
   a five-year-old phone browser runs it. Every text from the room is put in with textContent,
   never as HTML. What the phone sends waits in an outbox (kept in localStorage) until the
   facilitator's computer says it is in the file; each item has its own key, so a resend after a
   lost answer is never counted twice. */
(function () {
  "use strict";

  var TEXTS = {
    en: {
      yourName: "Your name", join: "Join the workshop", add: "Add to this stage", text: "Your text",
      send: "Send", feeling: "How do you feel at this stage?", mine: "What you sent",
      others: "Everyone's contributions", hiddenUntil: "Hidden until the facilitator reveals them.",
      nothingYet: "Nothing yet.", votesLeft: "Votes left: {n}", votesNoLimit: "Vote as often as you like.",
      voteFor: "Vote for", takeBack: "Take a vote back", sending: "sending…", received: "received",
      waiting: "waiting for the facilitator", rejected: "not taken", connected: "Connected",
      reconnecting: "Reconnecting… what you send is kept and sent when the connection is back.",
      closed: "The facilitator closed the room. Thank you!",
      removed: "You are no longer in the room. You can join again.", you: "You: {name}",
      writeFirst: "Write something first.", noName: "Write your name first.",
      now: "now on the screen", voting: "Voting", kinds: { pain_point: "Pain point", opportunity: "Idea", touchpoint: "Touchpoint", note: "Note" },
      faces: ["Angry", "Sad", "Neutral", "Happy", "Delighted"]
    },
    pt: {
      yourName: "Seu nome", join: "Entrar na oficina", add: "Adicionar a esta etapa", text: "Seu texto",
      send: "Enviar", feeling: "Como você se sente nesta etapa?", mine: "O que você enviou",
      others: "Contribuições de todos", hiddenUntil: "Ocultas até o facilitador revelar.",
      nothingYet: "Nada ainda.", votesLeft: "Votos restantes: {n}", votesNoLimit: "Vote quantas vezes quiser.",
      voteFor: "Votar em", takeBack: "Retirar um voto", sending: "enviando…", received: "recebido",
      waiting: "aguardando o facilitador", rejected: "não aceito", connected: "Conectado",
      reconnecting: "Reconectando… o que você envia fica guardado e é enviado quando a conexão voltar.",
      closed: "O facilitador encerrou a sala. Obrigado!",
      removed: "Você não está mais na sala. Você pode entrar de novo.", you: "Você: {name}",
      writeFirst: "Escreva algo primeiro.", noName: "Escreva seu nome primeiro.",
      now: "agora na tela", voting: "Votação", kinds: { pain_point: "Ponto de dor", opportunity: "Ideia", touchpoint: "Ponto de contato", note: "Nota" },
      faces: ["Irritado", "Triste", "Neutro", "Feliz", "Encantado"]
    }
  };
  var FACES = ["\uD83D\uDE20", "\u2639\uFE0F", "\uD83D\uDE10", "\u263A\uFE0F", "\uD83D\uDE04"];
  var KINDS = ["pain_point", "opportunity", "touchpoint", "note"];
  var lang = ((navigator.languages && navigator.languages[0]) || navigator.language || "en").toLowerCase();
  var T = lang.indexOf("pt") === 0 ? TEXTS.pt : TEXTS.en;
  document.documentElement.lang = lang.indexOf("pt") === 0 ? "pt-BR" : "en";

  var match = /^(\/r\/[A-Za-z0-9_-]+\/)/.exec(location.pathname);
  var base = match ? match[1] : "./";
  var storeKey = "jornada-room:" + base;
  var saved = load();
  var state = null;
  var stage = null;
  var kind = "pain_point";
  var source = null;
  var retryTimer = null;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function fmt(s, values) { return s.replace(/\{(\w+)\}/g, function (m, k) { return values[k]; }); }
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || { outbox: [] }; } catch (e) { return { outbox: [] }; }
  }
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(saved)); } catch (e) { /* private mode: memory only */ }
  }
  function newKey() {
    var bytes = new Uint8Array(16), out = "";
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16); }
    return out;
  }
  function show(id) {
    ["join", "room", "ended"].forEach(function (x) { $(x).hidden = x !== id; });
  }
  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, base + "api/" + path);
    xhr.setRequestHeader("Content-Type", "application/json");
    if (saved.token) { xhr.setRequestHeader("X-Room-Token", saved.token); }
    xhr.timeout = 20000;
    xhr.onload = function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (e) { answer = {}; }
      done(xhr.status, answer);
    };
    xhr.onerror = xhr.ontimeout = function () { done(0, {}); };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  // ---- joining ------------------------------------------------------------------------------
  function fillTexts() {
    var nodes = document.querySelectorAll("[data-t]");
    for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = T[nodes[i].getAttribute("data-t")]; }
  }
  $("join-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var name = $("name").value.replace(/^\s+|\s+$/g, "");
    if (!name) { $("join-error").textContent = T.noName; return; }
    $("join-error").textContent = "";
    request("POST", "join", { name: name }, function (status, answer) {
      if (status === 201 && answer.token) {
        saved = { token: answer.token, name: answer.name, color: answer.color, outbox: [] };
        save();
        start();
      } else {
        $("join-error").textContent = answer.message || T.reconnecting;
      }
    });
  });

  // ---- live state ---------------------------------------------------------------------------
  function start() {
    show("room");
    paintWho();
    connect();
    flush();
  }
  function paintWho() {
    var who = $("who");
    who.textContent = "";
    var sw = el("span", "swatch");
    sw.style.background = /^#[0-9A-Fa-f]{6}$/.test(saved.color || "") ? saved.color : "#777";
    who.appendChild(sw);
    who.appendChild(document.createTextNode(fmt(T.you, { name: saved.name || "" })));
    who.hidden = false;
  }
  function connect() {
    if (source) { source.close(); }
    if (!window.EventSource) { poll(); return; }
    source = new EventSource(base + "api/events?token=" + encodeURIComponent(saved.token));
    source.addEventListener("state", function (ev) {
      $("link").textContent = T.connected;
      try { render(JSON.parse(ev.data)); } catch (e) { /* a broken message: wait for the next */ }
    });
    source.addEventListener("gone", function () { forget(T.removed); });
    source.addEventListener("closed", function () { source.close(); ended(T.closed); });
    source.onerror = function () {
      $("link").textContent = T.reconnecting;
      // the browser retries by itself; check whether we are still in the room
      request("GET", "state", null, function (status) {
        if (status === 401) { forget(T.removed); } else if (status === 404) { source.close(); ended(T.closed); }
      });
    };
  }
  function poll() {
    request("GET", "state", null, function (status, answer) {
      if (status === 200) { $("link").textContent = T.connected; render(answer); }
      else if (status === 401) { forget(T.removed); return; }
      else { $("link").textContent = T.reconnecting; }
      setTimeout(poll, 2000);
    });
  }
  function forget(text) {
    if (source) { source.close(); }
    saved = { outbox: [] };
    save();
    $("who").hidden = true;
    show("join");
    $("join-error").textContent = text;
  }
  function ended(text) {
    $("ended-text").textContent = text;
    show("ended");
  }

  // ---- painting -----------------------------------------------------------------------------
  function render(s) {
    state = s;
    $("journey").textContent = s.journey || "Jornada";
    document.title = (s.journey || "Jornada");
    var ids = s.stages.map(function (x) { return x.id; });
    if (stage === null || ids.indexOf(stage) < 0) { stage = s.current_stage !== null ? s.current_stage : (ids[0] || null); }
    paintStages();
    paintFaces();
    paintVoting();
    paintMine();
    paintOthers();
  }
  function stageName(id) {
    for (var i = 0; i < state.stages.length; i++) { if (state.stages[i].id === id) { return state.stages[i].name; } }
    return "";
  }
  function paintStages() {
    var nav = $("stages");
    nav.textContent = "";
    state.stages.forEach(function (s) {
      var b = el("button", s.id === state.current_stage ? "now" : "", s.name);
      b.type = "button";
      b.setAttribute("aria-pressed", s.id === stage ? "true" : "false");
      if (s.id === state.current_stage) { b.title = T.now; }
      b.addEventListener("click", function () { stage = s.id; render(state); });
      nav.appendChild(b);
    });
  }
  function paintKinds() {
    var box = $("kinds");
    box.textContent = "";
    KINDS.forEach(function (k) {
      var b = el("button", "", T.kinds[k]);
      b.type = "button";
      b.setAttribute("role", "radio");
      b.setAttribute("aria-checked", k === kind ? "true" : "false");
      b.addEventListener("click", function () { kind = k; paintKinds(); });
      box.appendChild(b);
    });
  }
  function paintFaces() {
    var box = $("faces");
    box.textContent = "";
    var mine = state.feelings[String(stage)];
    FACES.forEach(function (face, i) {
      var value = i - 2;
      var b = el("button", "", face);
      b.type = "button";
      b.setAttribute("role", "radio");
      b.setAttribute("aria-label", T.faces[i]);
      b.title = T.faces[i];
      b.setAttribute("aria-checked", mine === value ? "true" : "false");
      b.addEventListener("click", function () {
        send("feelings", { stage_id: stage, value: value });
        state.feelings[String(stage)] = value;
        paintFaces();
      });
      box.appendChild(b);
    });
  }
  function statusText(st) {
    return st === "pending" ? T.waiting : st === "rejected" ? T.rejected : st === "sending" ? T.sending : T.received;
  }
  function item(text, tag, status, color) {
    var li = el("li");
    if (color) { var sw = el("span", "swatch"); sw.style.background = color; li.appendChild(sw); }
    if (tag) { li.appendChild(el("span", "tag", tag)); }
    li.appendChild(document.createTextNode(text));
    if (status) { li.appendChild(el("span", "status " + status, statusText(status))); }
    return li;
  }
  function paintMine() {
    var list = $("mine");
    list.textContent = "";
    var shown = 0;
    saved.outbox.forEach(function (o) {
      if (o.what === "cards") { list.appendChild(item(o.body.text, stageName(o.body.stage_id), "sending")); shown++; }
    });
    state.mine.slice().reverse().forEach(function (c) {
      list.appendChild(item(c.text, stageName(c.stage_id) + " · " + (T.kinds[c.kind] || ""), c.status));
      shown++;
    });
    if (!shown) { list.appendChild(el("li", "muted", T.nothingYet)); }
  }
  function paintOthers() {
    var list = $("others");
    list.textContent = "";
    var hidden = state.silent && !state.revealed;
    $("others-note").textContent = hidden ? T.hiddenUntil : "";
    if (hidden) { return; }
    var here = state.others.filter(function (c) { return c.stage_id === stage; });
    here.forEach(function (c) { list.appendChild(item(c.text, c.name, null, c.color)); });
    if (!here.length) { list.appendChild(el("li", "muted", T.nothingYet)); }
  }
  function paintVoting() {
    var box = $("voting");
    box.hidden = !state.round;
    if (!state.round) { return; }
    $("round-title").textContent = state.round.title || T.voting;
    $("votes-left").textContent = state.round.left === null ? T.votesNoLimit : fmt(T.votesLeft, { n: state.round.left });
    var list = $("ballot");
    list.textContent = "";
    state.ballot.forEach(function (b) {
      var n = state.my_votes[b.item] || 0;
      var li = el("li");
      li.appendChild(el("span", "title", b.title));
      var minus = el("button", "secondary", "\u2212");
      minus.type = "button";
      minus.setAttribute("aria-label", T.takeBack + ": " + b.title);
      minus.disabled = n === 0;
      minus.addEventListener("click", function () { send("votes", { item: b.item, take_back: true }); });
      var plus = el("button", "", "+");
      plus.type = "button";
      plus.setAttribute("aria-label", T.voteFor + ": " + b.title);
      plus.disabled = state.round.left === 0;
      plus.addEventListener("click", function () { send("votes", { item: b.item }); });
      li.appendChild(minus);
      li.appendChild(el("span", "n", n));
      li.appendChild(plus);
      list.appendChild(li);
    });
  }

  // ---- sending, with an outbox --------------------------------------------------------------
  function send(what, body) {
    body.key = newKey();
    saved.outbox.push({ what: what, body: body });
    save();
    flush();
  }
  var flushing = false;
  function flush() {
    if (flushing || !saved.outbox.length) { return; }
    flushing = true;
    var next = saved.outbox[0];
    request("POST", next.what, next.body, function (status, answer) {
      flushing = false;
      if (status >= 200 && status < 300 || (status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429)) {
        saved.outbox.shift();
        save();
        var err = status >= 400 ? (answer.message || "") : "";
        $(next.what === "votes" ? "vote-error" : "add-error").textContent = err;
        if (state) { paintMine(); }
        flush();
      } else if (status === 401) {
        forget(T.removed);
      } else {  // no answer, rate limit, busy: keep it and try again
        $("link").textContent = T.reconnecting;
        clearTimeout(retryTimer);
        retryTimer = setTimeout(flush, status === 429 ? 5000 : 2000);
      }
    });
    if (state) { paintMine(); }
  }
  $("add-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = $("text").value.replace(/^\s+|\s+$/g, "");
    if (!text) { $("add-error").textContent = T.writeFirst; return; }
    $("add-error").textContent = "";
    send("cards", { stage_id: stage, kind: kind, text: text.slice(0, 500) });
    $("text").value = "";
    $("count").textContent = "0/500";
  });
  $("text").addEventListener("input", function () { $("count").textContent = $("text").value.length + "/500"; });
  window.addEventListener("online", flush);

  fillTexts();
  paintKinds();
  if (saved.token) { start(); } else { show("join"); }
})();
