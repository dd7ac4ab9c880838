// The phone page of "Op je telefoon". It keeps nothing on the phone: the seat and a random
// device id live only in this page's address (after the #), so a reload or a new connection
// finds the same seat again.
"use strict";
(function () {
  const app = document.getElementById("app");
  const params = new URLSearchParams(location.hash.slice(1));
  let device = params.get("d");
  if (!device || !/^[A-Za-z0-9-]{16,64}$/.test(device)) {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    device = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  let seat = params.get("s");
  if (seat !== "client" && seat !== "professional") seat = null;
  let names = null;
  // The page's words per language, and each seat's language, from the game's "hello". Until
  // it comes (or without it) the page speaks Dutch, its first language.
  let words = null;
  let langs = ["nl", "nl"];
  const DUTCH = {
    "wie-ben-jij": "Wie ben jij?",
    "ik-ben": "Ik ben de {naam}",
    "kaart-van": "Kaart {n} van {totaal}",
    "wachten": "Even wachten. Het spel begint zo.",
    "klaar": "Klaar. Dank je wel! Kijk naar het scherm.",
    "jouw-zin": "Jouw zin",
    "omgedraaid": "Omgedraaid",
    "jij": "Jij",
    "praat-samen": "Praat er samen over. Kijk naar het scherm.",
    "gekozen": "Gekozen. Kijk naar het scherm.",
    "mag-veranderen": "Je mag nog veranderen.",
    "hoe-goed": "Hoe goed klopt jouw zin?",
    "geen-verbinding": "Geen verbinding met het spel. Het spel probeert het opnieuw.",
    "teruggenomen": "Het spel heeft jouw plek teruggenomen. Kies opnieuw als dat klopt.",
    "pauze-knop": "Even pauze",
    "pauze-titel": "Even pauze",
    "pauze-jij": "Jij wilde even pauze. Neem rustig de tijd.",
    "verder-gaan": "Verder gaan",
    "pauze-ander": "De {naam} wil even pauze. Neem rustig de tijd.",
    "pauze-alleen-ander": "Alleen de {naam} zegt wanneer jullie verder gaan.",
    "eigen-kaart": "Eigen kaart",
    "eigen-zin": "Jullie eigen zin",
    "eigen-uitleg": "Schrijf een zin waar jullie over willen praten.",
    "eigen-op-tafel": "Op tafel leggen",
    "terug": "Terug",
    "eigen-verstuurd": "Verstuurd. Kijk naar het scherm.",
    "raad": "Wat kiest de {ander}, denk je?",
    "geraden": "Gekozen en geraden. Kijk naar het scherm.",
    "keuze-veranderen": "Mijn keuze veranderen",
    "weet-niet": "Weet ik niet",
    "dacht": "De {naam} raadde: {woord}",
    "wist-niet": "De {naam} wist het niet",
    "jij-dacht": "Jij raadde: {woord}",
    "jij-wist-niet": "Jij wist het niet",
    "lees-voor": "Lees voor",
  };
  let view = null;
  let picked = null;
  // "Raad de ander": this phone's guess, and whether its player went back to their own choice.
  let guessed = null;
  let changing = false;
  // "Eigen kaart": the field is open (its text is kept while views come in), or was sent.
  let writing = false;
  let ownText = "";
  let ownSent = false;
  let refused = null;
  let ws = null;
  let retry = 0;

  function remember() {
    const p = new URLSearchParams();
    p.set("d", device);
    if (seat) p.set("s", seat);
    history.replaceState(null, "", "#" + p.toString());
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function picto(name) {
    const m = /^meter-([1-5])$/.exec(name || "");
    if (m) {
      const box = el("span", "meter");
      box.setAttribute("aria-hidden", "true");
      for (let i = 1; i <= 5; i++) {
        const bar = el("i", i <= Number(m[1]) ? "on" : "");
        bar.style.height = 8 + i * 4 + "px";
        box.appendChild(bar);
      }
      return box;
    }
    // An open hand ("sla ik over"), drawn here: phones differ in their emoji.
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 28");
    svg.setAttribute("class", "hand");
    svg.setAttribute("aria-hidden", "true");
    const parts = [
      [4.5, 10, 3, 10], [8, 3, 3, 15], [11.5, 1.5, 3, 16], [15, 3, 3, 15], [18.5, 9, 3, 11],
    ];
    for (const [x, y, w, h] of parts) {
      const r = document.createElementNS(ns, "rect");
      r.setAttribute("x", x); r.setAttribute("y", y);
      r.setAttribute("width", w); r.setAttribute("height", h); r.setAttribute("rx", 1.5);
      svg.appendChild(r);
    }
    const palm = document.createElementNS(ns, "rect");
    palm.setAttribute("x", 4.5); palm.setAttribute("y", 14);
    palm.setAttribute("width", 17); palm.setAttribute("height", 12); palm.setAttribute("rx", 5);
    svg.appendChild(palm);
    return svg;
  }

  // The language of this phone: its seat's, else the client's (the first the game names).
  function lang(forSeat) {
    const s = forSeat || seat;
    if (view && view.lang && !forSeat) return view.lang;
    return s === "professional" ? langs[1] : langs[0];
  }

  // A word of the page in `code`'s language, with {name} parts filled in.
  function w(key, vars, code) {
    const l = code || lang();
    let text = (words && words[l] && words[l][key]) || DUTCH[key] || key;
    for (const [k, v] of Object.entries(vars || {})) text = text.split("{" + k + "}").join(String(v));
    return text;
  }

  function send(message) {
    if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  }

  function chooseSeat(s) {
    seat = s;
    remember();
    send({ t: "join", seat: seat, device: device });
    draw();
  }

  function draw() {
    app.textContent = "";
    document.documentElement.lang = lang();
    if (refused) app.appendChild(el("div", "refused", refused));
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      app.appendChild(el("p", "big", w("geen-verbinding")));
      return;
    }
    if (!seat || !view) {
      const sheet = el("div", "sheet");
      // Before a seat is chosen: the question in the client's language, and in the
      // professional's under it when that is another; each seat's button in its own.
      sheet.appendChild(el("h1", "", w("wie-ben-jij", {}, langs[0])));
      if (langs[1] !== langs[0]) {
        const h = el("p", "note", w("wie-ben-jij", {}, langs[1]));
        h.lang = langs[1];
        sheet.appendChild(h);
      }
      const list = el("div", "options");
      const label = (s) => (names ? names[s] : s === "client" ? "Cliënt" : "Professional");
      for (const s of ["client", "professional"]) {
        const code = lang(s);
        const b = el("button", "seat", w("ik-ben", { naam: label(s).toLowerCase() }, code));
        b.lang = code;
        b.addEventListener("click", () => chooseSeat(s));
        list.appendChild(b);
      }
      sheet.appendChild(list);
      app.appendChild(sheet);
      return;
    }
    const top = el("div", "top");
    top.appendChild(el("span", "", view.seat_name));
    if (view.total > 0 && view.state !== "klaar") {
      top.appendChild(el("span", "", w("kaart-van", { n: view.position, totaal: view.total })));
    }
    app.appendChild(top);
    if (view.state === "wachten") {
      app.appendChild(el("p", "big", w("wachten")));
      return;
    }
    if (view.state === "klaar") {
      app.appendChild(el("p", "big", w("klaar")));
      return;
    }
    if (view.state === "pauze") {
      // No card and no choice: only whose pause it is, and "Verder gaan" for that one.
      const calm = el("div", "sheet");
      calm.appendChild(el("h1", "", w("pauze-titel")));
      if (view.pause === "mine") {
        calm.appendChild(el("p", "statement", w("pauze-jij")));
        const b = el("button", "seat", w("verder-gaan"));
        b.addEventListener("click", () => {
          refused = null;
          send({ t: "verder" });
        });
        calm.appendChild(b);
      } else {
        calm.appendChild(el("p", "statement", w("pauze-ander", { naam: view.other_name.toLowerCase() })));
        calm.appendChild(el("p", "note", w("pauze-alleen-ander", { naam: view.other_name.toLowerCase() })));
      }
      app.appendChild(calm);
      picked = null;
      return;
    }
    if (writing && view.can_add_own) {
      drawOwnCard();
      return;
    }
    writing = false;
    const sheet = el("div", "sheet");
    const band = el("div", "band", view.own ? w("eigen-kaart") : view.kenmerk);
    band.style.background = view.colour || "#235e9f";
    sheet.appendChild(band);
    sheet.appendChild(el("p", "who", view.own ? w("eigen-zin") : w("jouw-zin")));
    sheet.appendChild(el("p", "statement", view.statement));
    // "Lees voor": the phone reads its own sentence with the browser's voice (earphones work).
    // Only this phone's sentence, never a choice; no button where the browser has no voice.
    if ("speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function") {
      const read = el("button", "pause", w("lees-voor"));
      read.addEventListener("click", () => {
        const said = new SpeechSynthesisUtterance(view.statement);
        said.lang = lang();
        window.speechSynthesis.cancel();
        window.speechSynthesis.speak(said);
      });
      sheet.appendChild(read);
    }
    app.appendChild(sheet);
    const act = el("div", "sheet");
    if (view.state === "omgedraaid") {
      act.appendChild(el("p", "status", w("omgedraaid")));
      for (const [who, o] of [[w("jij"), view.mine], [view.other_name, view.theirs]]) {
        const row = el("div", "result");
        row.appendChild(picto(o.pictogram));
        row.appendChild(el("span", "", who + ": " + o.word));
        act.appendChild(row);
      }
      // "Raad de ander": what each thought the other would choose.
      for (const [mine, g] of [[true, view.my_guess], [false, view.their_guess]]) {
        if (!g) continue;
        const naam = view.other_name.toLowerCase();
        const text = mine
          ? (g.value === 0 ? w("jij-wist-niet") : w("jij-dacht", { woord: g.word }))
          : (g.value === 0 ? w("wist-niet", { naam }) : w("dacht", { naam, woord: g.word }));
        act.appendChild(el("p", "note", text));
      }
      act.appendChild(el("p", "note", w("praat-samen")));
      picked = null;
      guessed = null;
      changing = false;
    } else {
      if (view.state === "kiezen") { changing = false; guessed = null; }
      // After the own choice the same buttons place the guess, until "Mijn keuze veranderen".
      const guessing = view.guess && !changing && (view.state === "raden" || view.state === "gekozen");
      if (view.state === "gekozen" && !changing) {
        act.appendChild(el("p", "status", w(view.guess ? "geraden" : "gekozen")));
        act.appendChild(el("p", "note", w("mag-veranderen")));
      } else if (guessing) {
        act.appendChild(el("p", "status", w("raad", { ander: view.other_name.toLowerCase() })));
      } else {
        if (!changing) picked = null;
        act.appendChild(el("p", "status", w("hoe-goed")));
      }
      const list = el("div", "options");
      for (const o of view.options) {
        const mark = guessing ? guessed : picked;
        const on = mark === o.value && (view.state === "gekozen" || changing);
        const b = el("button", on ? "picked" : "");
        // This phone is the player's own: its screen reader may say which one is chosen.
        b.setAttribute("aria-pressed", on ? "true" : "false");
        b.appendChild(picto(o.pictogram));
        b.appendChild(el("span", "", guessing && o.value === 0 ? w("weet-niet") : o.word));
        b.addEventListener("click", () => {
          refused = null;
          if (guessing) {
            guessed = o.value;
            send({ t: "guess", score: o.value });
          } else {
            picked = o.value;
            changing = false;
            send(o.value === 0 ? { t: "pass" } : { t: "choose", score: o.value });
          }
        });
        list.appendChild(b);
      }
      act.appendChild(list);
      if (guessing) {
        const back = el("button", "pause", w("keuze-veranderen"));
        back.addEventListener("click", () => { changing = true; draw(); });
        act.appendChild(back);
      }
    }
    app.appendChild(act);
    if (ownSent) app.appendChild(el("p", "big-note", w("eigen-verstuurd")));
    // "Eigen kaart", between two cards.
    if (view.can_add_own) {
      const own = el("button", "pause", w("eigen-kaart"));
      own.addEventListener("click", () => {
        writing = true;
        ownSent = false;
        draw();
      });
      app.appendChild(own);
    }
    // "Even pauze", for this phone's player, on every card.
    const pause = el("button", "pause", w("pauze-knop"));
    pause.addEventListener("click", () => {
      refused = null;
      send({ t: "pause" });
    });
    app.appendChild(pause);
  }

  // The field for an own card: a sentence, "Op tafel leggen" and "Terug".
  function drawOwnCard() {
    const sheet = el("div", "sheet");
    const title = el("h1", "", w("eigen-kaart"));
    title.id = "own-title";
    sheet.appendChild(title);
    sheet.appendChild(el("p", "note", w("eigen-uitleg")));
    const field = el("textarea", "own");
    field.maxLength = 200;
    field.rows = 3;
    field.value = ownText;
    field.setAttribute("aria-labelledby", "own-title");
    field.addEventListener("input", () => { ownText = field.value; });
    sheet.appendChild(field);
    const list = el("div", "options");
    const put = el("button", "seat", w("eigen-op-tafel"));
    put.addEventListener("click", () => {
      if (!ownText.trim()) { field.focus(); return; }
      send({ t: "eigen", tekst: ownText });
      ownText = "";
      writing = false;
      ownSent = true;
      draw();
    });
    const back = el("button", "pause", w("terug"));
    back.addEventListener("click", () => { writing = false; draw(); });
    list.appendChild(put);
    list.appendChild(back);
    sheet.appendChild(list);
    app.appendChild(sheet);
    field.focus();
  }

  let opened = 0;

  function connect() {
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host +
      location.pathname.replace(/\/$/, "") + "/ws";
    ws = new WebSocket(url);
    ws.onopen = () => {
      opened = Date.now();
      retry = 0;
      refused = null;
      if (seat) send({ t: "join", seat: seat, device: device });
      draw();
    };
    ws.onmessage = (e) => {
      let m;
      try { m = JSON.parse(e.data); } catch (_) { return; }
      if (m.t === "hello") {
        names = m.names;
        if (m.words && Array.isArray(m.langs)) { words = m.words; langs = m.langs; }
      } else if (m.t === "view") {
        // A new card: what was sent has come.
        if (view && m.position !== view.position) ownSent = false;
        view = m;
        refused = null;
        // Typing: the field stays as it is while views come in.
        if (writing && view.can_add_own) return;
      }
      else if (m.t === "refused") {
        refused = words ? w("geweigerd-" + m.code) : m.reason;
        if (refused === "geweigerd-" + m.code) refused = m.reason;
        if (!view) seat = null;
      } else if (m.t === "freed") {
        seat = null; view = null; remember();
        refused = w("teruggenomen");
      }
      draw();
    };
    ws.onclose = () => {
      // The game closes a socket that took no seat after 10 s: a new one opens at once, and
      // "Wie ben jij?" stays on the screen meanwhile.
      const seatless = !seat && opened && Date.now() - opened > 9000;
      opened = 0;
      if (seatless) {
        setTimeout(connect, 50);
        return;
      }
      draw();
      retry = Math.min(retry + 1, 5);
      setTimeout(connect, 500 * retry);
    };
  }

  remember();
  connect();
})();
