#!/usr/bin/env python3
"""Plays the phones of "Op je telefoon" in real browsers: headless Chromium pages of 390x844,
driven through chromedriver (WebDriver, plain JSON over HTTP; Python's standard library only).

usage: phone.py OUTDIR URL SEATS PLAN
  URL    the page address the game shows (its QR code)
  SEATS  "client,professional" or "client" (the professional then uses the laptop keys)
  PLAN   one entry per card, "c/p" with c and p a score 1-STEPS (env, default 5) or 0 for "Sla ik over"
         (p is ignored for a seat without a phone); "c/p!" : on that card the client's phone
         first asks for "Even pauze": both pages show the pause (no card, no choice), only the
         client's has "Verder gaan", and after 8 s (the laptop looks meanwhile) it goes on;
         "c/p+" : after that card's flip the client's phone writes an own card ("Eigen kaart",
         OWN below), which the next entry plays (the card count grows by one then);
         "c/p~gc/gp" : "Raad de ander": after its choice each phone guesses the other's (gc the
         client's guess, gp the professional's; 0 for "Weet ik niet"), and after the flip the
         page shows what each thought;
         "c/p!x" : the client's phone asks for the pause, and then the game goes away (the
         laptop's script kills it): the phones wait until their page says so, and stop there;
         "^c/p" : the game came back after a crash in the client's pause: both phones show the
         pause again (only the client's with "Verder gaan"), and the client goes on;
         a first entry "@N/M" : the first card of the plan is card N of M (after a resume)

For each card every phone waits until its page shows the card ("Kaart N van M" and "Hoe goed klopt
jouw zin?"), taps its choice, waits for "Gekozen. Kijk naar het scherm.", then waits for the flip and
checks that the page shows both choices as planned. Before the flip it checks that the page shows
nothing of the other seat's choice. Screenshots of every state go to OUTDIR. Exit 1 on any failure.
"""
import json
import os
import subprocess
import sys
import time
import urllib.request

OUT, URL, SEATS, PLAN = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4].split(",")
# How many steps the pack's scale has (STEPS=4 for "Kennismaken"); the page shows that many and a pass.
STEPS = int(os.environ.get("STEPS", "5"))
PORT = 9515 + os.getpid() % 400
os.makedirs(OUT, exist_ok=True)


def fail(message):
    print("phone: FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def call(method, path, body=None, stale_ok=False):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{PORT}{path}", data=data, method=method,
        headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read() or b"{}").get("value")
    except urllib.error.HTTPError as e:
        text = e.read()
        if stale_ok and b"stale element" in text:
            return "stale"
        fail(f"{method} {path}: {text[:300]!r}")


class Phone:
    def __init__(self, seat):
        self.seat = seat
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=390,844", "--force-device-scale-factor=1",
                "--user-agent=Mozilla/5.0 (Linux; Android 14) Mobile"]}}}}
        self.id = call("POST", "/session", caps)["sessionId"]
        self.shots = 0

    def go(self, url):
        call("POST", f"/session/{self.id}/url", {"url": url})

    def text(self):
        return call("POST", f"/session/{self.id}/execute/sync",
                    {"script": "return document.body.innerText", "args": []}) or ""

    def wait_for(self, *wanted, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            t = self.text()
            if all(w in t for w in wanted):
                return t
            time.sleep(0.2)
        self.shot("failed")
        fail(f"{self.seat}: the page never showed {wanted!r}; it shows: {self.text()[:300]!r}")

    def tap(self, label):
        """Taps the button whose text is exactly `label` (as a finger would: a click event)."""
        found = call("POST", f"/session/{self.id}/execute/sync", {"script": """
            const b = Array.from(document.querySelectorAll('button'))
              .find(b => b.innerText.trim() === arguments[0]);
            if (!b) return false;
            const r = b.getBoundingClientRect();
            if (r.height < 48) return 'small';
            return true;""", "args": [label]})
        if found == "small":
            fail(f"{self.seat}: the button {label!r} is smaller than 48 px")
        if not found:
            fail(f"{self.seat}: no button {label!r} on {self.text()[:200]!r}")
        # The page draws itself anew on every view from the game: a button found just before a
        # new view is gone by the click ("stale element"). Find it again then.
        for attempt in range(5):
            el = call("POST", f"/session/{self.id}/element", {
                "using": "xpath", "value": f"//button[normalize-space(.)='{label}']"})
            if call("POST", f"/session/{self.id}/element/{list(el.values())[0]}/click", {},
                    stale_ok=True) != "stale":
                return
            time.sleep(0.2)
        fail(f"{self.seat}: the button {label!r} kept changing under the click")

    def reader_view(self):
        """What the phone's own screen reader gets, from Chromium's accessibility tree (WebDriver's
        computed role and label): every button a "button" with a name, and the card's sentence
        there as text. Fails otherwise."""
        buttons = call("POST", f"/session/{self.id}/elements", {"using": "css selector", "value": "button"})
        seen = []
        for b in buttons:
            eid = list(b.values())[0]
            role = call("GET", f"/session/{self.id}/element/{eid}/computedrole")
            label = (call("GET", f"/session/{self.id}/element/{eid}/computedlabel") or "").strip()
            if role != "button" or not label:
                fail(f"{self.seat}: a button reads as role {role!r} with name {label!r}")
            seen.append(label)
        sentence = call("POST", f"/session/{self.id}/element", {"using": "css selector", "value": ".statement"})
        eid = list(sentence.values())[0]
        text = call("GET", f"/session/{self.id}/element/{eid}/text") or ""
        if len(text.strip()) < 5:
            fail(f"{self.seat}: the card's sentence is not text: {text!r}")
        return seen

    def shot(self, name):
        self.shots += 1
        png = call("GET", f"/session/{self.id}/screenshot")
        import base64
        path = os.path.join(OUT, f"{self.seat}-{self.shots:02d}-{name}.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(png))

    def quit(self):
        call("DELETE", f"/session/{self.id}")


OWN = "Wij praten over werk"


def write_own_card(phones, n):
    """After card n's flip the client's phone writes an own card; both phones then show it as
    "Eigen kaart", the same sentence for both."""
    client = next(ph for ph in phones if ph.seat == "client")
    client.tap("Eigen kaart")
    client.wait_for("Schrijf een zin", "Op tafel leggen")
    call("POST", f"/session/{client.id}/execute/sync", {"script": """
        const f = document.querySelector('textarea');
        f.value = arguments[0];
        f.dispatchEvent(new Event('input'));""", "args": [OWN]})
    client.shot("eigen-kaart")
    client.tap("Op tafel leggen")
    client.wait_for("Verstuurd. Kijk naar het scherm.")
    print("phone: the client wrote an own card", flush=True)
    for ph in phones:
        t = ph.wait_for(f"Kaart {n + 1} van", "Eigen kaart", OWN, timeout=90)
        if "Jullie eigen zin" not in t:
            fail(f"{ph.seat}: the own card is not shown as yours together: {t!r}")
        ph.shot("eigen-kaart-op-tafel")


def go_on_after_crash(phones, n, total):
    """After the crash the client's pause is back: the client's phone goes on."""
    client = next(ph for ph in phones if ph.seat == "client")
    client.wait_for("Jij wilde even pauze", "Verder gaan", timeout=90)
    client.shot("pauze-terug")
    for ph in phones:
        if ph is not client:
            t = ph.wait_for("wil even pauze")
            if "Verder gaan" in t:
                fail(f"{ph.seat}: can end the client's pause after the crash: {t!r}")
    # The laptop looks meanwhile (its keys cannot end this pause).
    time.sleep(10)
    client.tap("Verder gaan")
    print(f"phone: back in the client's pause on card {n} of {total}; the client goes on", flush=True)


def the_game_goes_away(phones):
    """The laptop's script kills the game during the pause: every page says it lost the game."""
    for ph in phones:
        ph.wait_for("Geen verbinding met het spel", timeout=120)
        ph.shot("weg")
    print("phone: the game went away during the pause", flush=True)


def take_a_break(phones, n, total, crash=False):
    """The client's phone asks for "Even pauze" on card n, before anyone chose."""
    for ph in phones:
        ph.wait_for(f"Kaart {n} van {total}", "Hoe goed klopt jouw zin?")
    client = next(ph for ph in phones if ph.seat == "client")
    client.tap("Even pauze")
    client.wait_for("Jij wilde even pauze", "Verder gaan")
    client.shot("pauze")
    for ph in phones:
        t = ph.text() if ph is client else ph.wait_for("wil even pauze")
        if "Hoe goed klopt" in t or ph.text().count("Klopt") > 0:
            fail(f"{ph.seat}: the card or its choices show during the pause: {t!r}")
        if ph is not client:
            if "Verder gaan" in t:
                fail(f"{ph.seat}: can end the client's pause: {t!r}")
            ph.shot("pauze-van-de-ander")
    print("phone: the client's pause shows on both phones", flush=True)
    if crash:
        return
    time.sleep(8)
    client.tap("Verder gaan")
    print("phone: the client goes on", flush=True)


driver = subprocess.Popen(["chromedriver", f"--port={PORT}"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/status", timeout=1)
            break
        except Exception:
            time.sleep(0.1)
    phones = [Phone(seat) for seat in SEATS]
    words = {}
    for ph in phones:
        ph.go(URL)
        t = ph.wait_for("Wie ben jij?")
        ph.shot("wie-ben-jij")
        label = [line for line in t.splitlines()
                 if line.startswith("Ik ben de ")][0 if ph.seat == "client" else 1]
        ph.tap(label)
        print(f"phone: {ph.seat} took its seat ({label})", flush=True)
    # The own cards are not dealt: the count grows when one is written.
    first = 1
    total = len(PLAN) - sum(e.endswith("+") for e in PLAN)
    if PLAN[0].startswith("@"):
        first, total = (int(x) for x in PLAN[0][1:].split("/"))
        PLAN = PLAN[1:]
    for n, entry in enumerate(PLAN, start=first):
        back_in_pause = entry.startswith("^")
        entry = entry.lstrip("^")
        own = entry.endswith("+")
        entry = entry.rstrip("+")
        crash = entry.endswith("!x")
        if crash:
            entry = entry[:-1]
        pause = entry.endswith("!")
        entry = entry.rstrip("!")
        if back_in_pause:
            go_on_after_crash(phones, n, total)
        entry, _, guessed = entry.partition("~")
        c, p = (int(x) for x in entry.split("/"))
        plan = {"client": c, "professional": p}
        guess = None
        if guessed:
            gc, gp = (int(x) for x in guessed.split("/"))
            guess = {"client": gc, "professional": gp}
        if pause:
            take_a_break(phones, n, total, crash)
            if crash:
                the_game_goes_away(phones)
                for ph in phones:
                    ph.quit()
                sys.exit(0)
        for ph in phones:
            t = ph.wait_for(f"Kaart {n} van {total}", "Hoe goed klopt jouw zin?")
            if n == 1:
                ph.shot("kaart-1")
            # The scale's words, in order, from the page's buttons (the last is the pass).
            labels = call("POST", f"/session/{ph.id}/execute/sync", {"script": """
                return Array.from(document.querySelectorAll('.options button'))
                  .map(b => b.innerText.trim());""", "args": []})
            if len(labels) != STEPS + 1:
                fail(f"{ph.seat}: expected {STEPS} choices and a pass, got {labels!r}")
            if n == 1:
                named = ph.reader_view()
                # "Lees voor" under the sentence (Chromium has speechSynthesis): a named button.
                if named[:1] != ["Lees voor"]:
                    fail(f"{ph.seat}: no \"Lees voor\" under the sentence: {named!r}")
                named = named[1:]
                extra = named[len(labels):]
                # "Eigen kaart" only while nobody chose on the card yet.
                if named[:len(labels)] != labels or extra not in (
                        ["Eigen kaart", "Even pauze"], ["Even pauze"]):
                    fail(f"{ph.seat}: a screen reader hears {named!r}, the page shows {labels!r},"
                         " Eigen kaart and Even pauze")
                print(f"phone: {ph.seat}'s screen reader hears {len(named)} named buttons", flush=True)
                # "Lees voor" hands the browser's voice this phone's sentence, in the seat's
                # language, and nothing else (the voice itself is caught, not played).
                call("POST", f"/session/{ph.id}/execute/sync", {"script": """
                    window.__said = [];
                    window.speechSynthesis.speak = (u) => window.__said.push([u.text, u.lang]);""",
                    "args": []})
                ph.tap("Lees voor")
                said = call("POST", f"/session/{ph.id}/execute/sync", {"script": """
                    return [window.__said, document.querySelector('.statement').innerText.trim(),
                            document.documentElement.lang];""", "args": []})
                if said[0] != [[said[1], said[2]]]:
                    fail(f"{ph.seat}: \"Lees voor\" said {said[0]!r}, not the sentence {said[1]!r} in {said[2]!r}")
                print(f"phone: {ph.seat}'s \"Lees voor\" reads its sentence in {said[2]}", flush=True)
            words = {i + 1: w for i, w in enumerate(labels[:STEPS])}
            words[0] = labels[STEPS]
            choice = plan[ph.seat]
            ph.tap(words[choice])
            if guess is not None:
                # The same buttons now guess; the pass reads "Weet ik niet".
                ph.wait_for("denk je?")
                if n == 1:
                    ph.shot("raden")
                ph.tap("Weet ik niet" if guess[ph.seat] == 0 else words[guess[ph.seat]])
                ph.wait_for("Gekozen en geraden. Kijk naar het scherm.")
                print(f"phone: {ph.seat} guessed on card {n}", flush=True)
            else:
                ph.wait_for("Gekozen. Kijk naar het scherm.")
            if n == 1:
                ph.shot("gekozen")
            print(f"phone: {ph.seat} chose on card {n}", flush=True)
        for ph in phones:
            t = ph.wait_for("Omgedraaid", timeout=90)
            other = "professional" if ph.seat == "client" else "client"
            mine, theirs = words[plan[ph.seat]], words[plan[other]]
            if f"Jij: {mine}" not in t or f": {theirs}" not in t:
                ph.shot("wrong")
                fail(f"{ph.seat}: card {n} shows {t!r}, expected Jij: {mine} and the other: {theirs}")
            if guess is not None:
                # All four: what each thought the other would choose.
                said = lambda who, g: f"{who} wist het niet" if g == 0 else f"{who} raadde: {words[g]}"
                wanted = [said("Jij", guess[ph.seat])]
                if any(q.seat == other for q in phones):
                    wanted.append(said("", guess[other]).strip())
                if not all(w in t for w in wanted):
                    ph.shot("wrong")
                    fail(f"{ph.seat}: card {n} shows {t!r}, expected the guesses {wanted!r}")
            if n == 1:
                ph.shot("omgedraaid")
            print(f"phone: {ph.seat} saw card {n} turned over", flush=True)
        if own:
            write_own_card(phones, n)
            total += 1
    for ph in phones:
        ph.wait_for("Klaar", timeout=90)
        ph.shot("klaar")
        ph.quit()
    print("phone: all cards played", flush=True)
finally:
    driver.terminate()
