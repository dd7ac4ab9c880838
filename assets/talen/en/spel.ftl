# The words of the screens, in English (Engels).
#
# Our own translation of the Dutch words in talen/nl/spel.ftl, with the same keys.
# Not tested with clients. Plain words (B1): 12 words a sentence at most,
# everyday words, no passive, never a judgement about a choice.

taal-naam = English

## Start

start-titel = Working Alliance Game
start-ondertitel = Talk together about how you work together.
start-voor-professional = For the professional
start-kies-hoe = Choose how you play. Then the { $client } chooses the themes.
start-werkveld = Field of work
start-kaartspel = Card game
start-taal = Language
start-taal-niet-getest = { $taal }: our own translation. Not tested with clients yet.
start-woorden = Words on the cards
start-woorden-b1 = Simple (B1)
start-woorden-monitor = Questionnaire
start-woorden-uitleg = The questionnaire's own words exist in Dutch only.
start-zo-kiezen = How you choose
modus-om-de-beurt = Take turns
modus-tegelijk = Both at once
modus-telefoon = On your phone
modus-om-de-beurt-uitleg = One person chooses, the other looks away. Then swap.
modus-tegelijk-uitleg = The screen in two halves. Each person has their own buttons and keys.
modus-telefoon-uitleg = Each person chooses on their own phone. Nobody sees your choice. You need the same wifi.
modus-lezer-hoort = With a screen reader, the other person hears your choice. Then choose On your phone.
start-code = Code for this conversation (you can leave it empty)
start-code-voorbeeld = for example K-17
start-code-geen-naam = Use a code, never a name.
start-fouten = { $n ->
    [one] Note: 1 mistake in the card files.
   *[other] Note: { $n } mistakes in the card files.
} Those cards do not take part. Ask the person who made the cards for help.
start-verder = Next: choose themes
start-help = Help: F1
start-eerdere = Earlier conversations
hervat-titel = A conversation is not finished yet
hervat-zonder-code = without a code
hervat-code = code { $code }
hervat-regel = Conversation { $code } · { $werkveld } · { $totaal ->
    [one] { $gehad } of 1 card done.
   *[other] { $gehad } of { $totaal } cards done.
}
hervat-vraag = Do you want to go on where you were?
hervat-verder = Go on playing
hervat-weggooien = Throw away

## The table with the decks (choosing themes)

thema-kaarten = { $n ->
    [one] 1 card
   *[other] { $n } cards
}
thema-gekozen = Chosen
thema-niet-gekozen = Not chosen
thema-alleen-dit = Only this theme

## The play table

tafel-ronde = Round { $n }
tafel-aan-de-beurt = { $naam } · your turn
tafel-nog-kiezen = Still choosing…
tafel-gekozen = Chosen
tafel-overslaan = I skip this one

## Choosing themes

thema-vraag = What do you want to talk about? The { $client } chooses.
thema-uitleg = Tap a deck to choose it. You both say how you see working together.
thema-wie-ziet = You both see all choices. You may skip any card. The { $werker } can save the choices and notes. They can go into the file, a team meeting or research.
thema-kies-minstens-een = Choose at least one theme.
thema-jullie-spelen = { $n ->
    [one] You play 1 card.
   *[other] You play { $n } cards.
}
thema-alle = All themes
thema-kort = Short version
thema-beginnen = Start
knop-terug = Back
eigen-kaart = Own card
eigen-kaart-allebei = Your own card. You both choose how true it is.
eigen-kaarten = Your own cards
eigen-titel = Own card
eigen-uitleg = Write a statement you want to talk about. You both choose, as with the other cards.
eigen-voorbeeld = For example: I know what I think of the agreements.
eigen-op-tafel = Put it on the table
knop-eigen-kaart = Own card
spel-meer = More…
melding-eigen-hierna = Your own card comes next.
melding-eigen-nu = Your own card is on the table now.
knop-pauze = Short break
pauze-wie = Who wants a short break?
pauze-wie-uitleg = The one who asks for the break says when you go on.
pauze-titel = Short break
pauze-van = The { $naam } wants a short break.
pauze-rust = Take your time. Nothing happens now.
pauze-alleen = Only the { $naam } says when you go on.
pauze-verder = Go on
pauze-telefoon = The { $naam } goes on from their phone.

## General buttons

knop-help = Help
knop-weergave = Display
knop-sluiten = Close
knop-nee = No
getal-komma = .

## Playing

spel-kaart-van = Card { $n } of { $totaal }
spel-kaart-kort = { $n } of { $totaal }
spel-stoppen = Stop
spel-telefoons = Phones
spel-kaart-overslaan = Skip card
spel-hoe-goed-klopt = For the { $naam }: how true is this for you?
spel-allebei-gekozen = You both chose. Look at the cards together!
spel-draaien-om = The cards turn over…
spel-is-aan-de-beurt = It is the { $naam }'s turn
spel-kijk-weg = The { $naam } looks away for a moment. Then the choice stays secret.
spel-ik-kies-nu = I am the { $naam } and I choose now
spel-status-nog-kiezen = still choosing…
spel-status-gekozen = chosen. You can still change it.
spel-status-kiest-telefoon = chooses on the phone…
spel-status-gekozen-telefoon = chosen on the phone.
spel-verder-praten = More to talk about
spel-klaar-overzicht = Done: go to the overview
spel-volgende-kaart = Next card
spel-notitie = The { $naam }'s note (you can leave it empty)
spel-notitie-hint = Short. No names.
spel-bewaren-lukt-niet = Saving in between does not work. After a crash you cannot go on. ({ $fout })
spel-later = Talk about this later
spel-later-ja = Talk about this later: yes
spel-nog-een-keer = Choose once more
verschil-een-lijn = You agree
verschil-klein = A small difference
verschil-andere-kant = Just on different sides
verschil-groot = You see it differently
verschil-overgeslagen = Skipped
stoppen-vraag = Stop?
stoppen-overzicht = Then you go to the overview.
stoppen-verder-kan = There you can also go on playing.
stoppen-ja = Yes, stop

## What a screen reader says about the table

lezer-kaart = Card { $n } of { $totaal }. Theme: { $thema }.
lezer-zin = Statement for the { $naam }: { $zin }
lezer-aan-de-beurt = It is the { $naam }'s turn.
lezer-kiest-nog = The { $naam } is still choosing.
lezer-gekozen = The { $naam } has chosen.
lezer-koos = The { $naam } chose: { $keuze }.
lezer-keuze-groep = Choice: { $naam }
lezer-keuze = { $woord }, { $n } of { $van }
lezer-balk = about { $woord }
lezer-balk-leeg = no choice

## On your phone (the computer's screen)

telefoon-titel = Join with your phone
telefoon-stap-1 = 1. Turn on wifi on your phone. Choose the same network as this computer.
telefoon-stap-2 = 2. Point the camera at the code. Open the link.
telefoon-stap-3 = 3. Choose who you are.
telefoon-adres = Or type this address:
telefoon-status-verbonden = phone is connected
telefoon-status-weg = phone is gone for a moment
telefoon-status-computer = chooses on this computer
telefoon-status-wacht = waiting for the phone
telefoon-spelen = Play
telefoon-lukt-niet = Not working? Choose here:
telefoon-verbonden = The phone is connected.
telefoon-even-weg = The phone is gone for a moment. Wait, or choose here.
telefoon-kies-hier = Choose on this computer
telefoon-geen-wifi = This computer is not on a wifi network. Turn on wifi, or make a hotspot. Or choose Both at once or Take turns.
telefoon-kan-niet = The phones cannot join: { $fout }. Choose Both at once or Take turns.
telefoon-hint-geen-telefoon = No phone yet. Is the phone on the same wifi network? Maybe the firewall of this computer blocks the phone. Still not working? Then choose Both at once or Take turns below.
telefoon-hint-geen-plek = Someone opened the page, but nobody chose a seat yet. On the phone, choose who you are. Still not working? Load the page again.

## On your phone (the page on the phone)

telefoon-pagina-wie-ben-jij = Who are you?
telefoon-pagina-ik-ben = I am the { $naam }
telefoon-pagina-kaart-van = Card { $n } of { $totaal }
telefoon-pagina-wachten = Please wait. The game starts soon.
telefoon-pagina-klaar = Done. Thank you! Look at the screen.
telefoon-pagina-jouw-zin = Your card
telefoon-pagina-omgedraaid = Turned over
telefoon-pagina-jij = You
telefoon-pagina-praat-samen = Talk about it together. Look at the screen.
telefoon-pagina-gekozen = Chosen. Look at the screen.
telefoon-pagina-mag-veranderen = You can still change it.
telefoon-pagina-hoe-goed = How true is this for you?
telefoon-pagina-geen-verbinding = No connection with the game. The game tries again.
telefoon-pagina-teruggenomen = The game took your seat back. Choose again if that is right.
telefoon-pagina-pauze-knop = Short break
telefoon-pagina-pauze-titel = Short break
telefoon-pagina-pauze-jij = You asked for a short break. Take your time.
telefoon-pagina-verder-gaan = Go on
telefoon-pagina-pauze-ander = The { $naam } wants a short break. Take your time.
telefoon-pagina-pauze-alleen-ander = Only the { $naam } says when you go on.
telefoon-pagina-eigen-kaart = Own card
telefoon-pagina-eigen-zin = Your own card
telefoon-pagina-eigen-uitleg = Write a statement you want to talk about.
telefoon-pagina-eigen-op-tafel = Put it on the table
telefoon-pagina-terug = Back
telefoon-pagina-eigen-verstuurd = Sent. Look at the screen.
telefoon-geweigerd-te-lang = This message is too long.
telefoon-geweigerd-niet-begrepen = The game does not understand this message.
telefoon-geweigerd-onbekende-plek = This seat does not exist.
telefoon-geweigerd-foute-code = This link no longer works. Scan the code again.
telefoon-geweigerd-plek-bezet = Another phone already has this seat. Ask the professional.
telefoon-geweigerd-geen-plek = First choose who you are.
telefoon-geweigerd-foute-keuze = This choice does not exist.
telefoon-geweigerd-te-snel = Too many messages. Please wait.

## Overview

overzicht-titel = How you both see working together
overzicht-geen-cijfer = Each of you says how you see it. It is not a test.
overzicht-nieuw = New conversation
overzicht-afsluiten = Close the game
overzicht-legenda-balk = The longer the bar, the more true it is.
overzicht-legenda-eind = A short bar: { $laag }. A full bar: { $hoog }.
niet-bewaard-vraag = This conversation is not saved yet.
niet-bewaard-weg = Not saving it? Then the conversation is gone, notes too.
niet-bewaard-bewaren = Saving it? Then you find it under Earlier conversations.
niet-bewaard-bewaar = Save
niet-bewaard-niet = Don't save
sluiten-vraag = Close the game?
sluiten-plek = The game remembers where you are.
sluiten-verder = Next time you can go on.
sluiten-ja = Close
overzicht-gesprek = Conversation { $code } · { $werkveld }
overzicht-besproken = { $totaal ->
    [one] You talked about { $n } of 1 card.
   *[other] You talked about { $n } of { $totaal } cards.
}
overzicht-niets = No card turned over. There is nothing to show yet.
overzicht-lager-beter = (short bar: things go smoothly)
overzicht-een-lijn = In line. You choose almost the same.
overzicht-klein-verschil = Small differences. No card is far apart.
overzicht-geen-verschil = No card with a choice from both of you.
overzicht-overgeslagen = Skipped { $n ->
    [one] once
   *[other] { $n } times
}.
overzicht-hetzelfde = Here you see it the same way
overzicht-geen-hetzelfde = No card with exactly the same choice.
overzicht-grootste = The biggest differences
overzicht-geen-groot = No card with a big difference.
overzicht-later = To talk about later
overzicht-geen-later = No cards marked or with a note.
overzicht-keer-gekozen = { $n ->
        [one] chosen once
       *[other] chosen { $n } times
    }
overzicht-notitie = Note: { $notitie }
bewaren = Save
bewaren-klaar = Saved on this computer.
bewaren-onder-code = under code { $code }
bewaren-uitleg = Only on this computer, { $onder }. Not saving it? Then nothing stays behind.
bewaren-kan-niet = Saving is not possible: there is no folder for data.
export-naar = Export to:
export-in-map = in folder { $map }
export-csv = Table (CSV)
export-html = To print (HTML)
export-xlsx = Excel
export-kies-plek = Choose a place…
export-venster-open = The window is open…
bewaarvenster-titel = Where do you want to keep the file?
melding-lukt-niet = This does not work: { $fout }.
melding-verder-lukt-niet = Going on does not work. { $fout }
melding-bewaard = Saved on { $datum }.
melding-opgeslagen = Saved: { $pad }
melding-opgeslagen-html = Saved in { $map }: { $pad } for the client, { $pad2 } with numbers. Open them in a browser to print.
melding-map-bestaat-niet = This folder does not exist: { $map }. Choose another place.
melding-bestand-bestaat-al = This file already exists: { $pad }. Press once more to replace it. Or choose another name.
melding-geen-bewaarvenster = There is no window to choose a place here. Type the place in the box.
fout-map-maken = { $pad }: making the folder did not work. { $waarom }
fout-opslaan = { $pad }: saving did not work. { $waarom }
fout-verwijderen = { $pad }: deleting did not work. { $waarom }
fout-alles-verwijderen = { $pad }: deleting everything did not work. { $waarom }
fout-opruimen = { $pad }: cleaning up did not work. { $waarom }
fout-geen-rechten = You may not write here.
fout-geen-map = This folder does not exist.
fout-onbekend-gesprek = This conversation is not there.
fout-systeem = The computer says: { $tekst }
sessie-fout-werkveld = The field "{ $id }" does not exist.
sessie-fout-kenmerk = The theme "{ $id }" does not exist.
sessie-fout-geen-kaarten = With this choice there are no cards.
sessie-fout-afgelopen = The game is over already.
sessie-fout-score = { $score } is not on the scale from 1 to 5.
sessie-fout-beurt = It is the other one's turn.
sessie-fout-al-gekozen = You already chose.
sessie-fout-al-omgedraaid = The cards are turned over already.
sessie-fout-niet-omgedraaid = The cards are not turned over yet.
sessie-fout-niet-allebei = Not everyone has chosen yet.
sessie-fout-overslaan = Someone already chose on this card. You cannot skip it now.
sessie-fout-pauze = There is a short break now.
sessie-fout-pauze-van-ander = The one who asked for the break says when you go on.
sessie-fout-geen-pauze = There is no break now.
sessie-fout-eigen-leeg = Write a statement first.
sessie-fout-eigen-lang = An own card has at most { $max } characters.
sessie-fout-eigen-nu-niet = An own card comes between two cards. First turn this card over.
sessie-fout-notitie = A note can have { $max } characters at most.
sessie-fout-niets-meer = There are no cards left to play.
melding-verwijderd = The conversation is gone.
melding-alles-verwijderd = All data is gone.

## Earlier conversations

geschiedenis-waar = Saved on this computer, in { $map }
geschiedenis-leeg = There are no saved conversations yet.
geschiedenis-lezen = Reading…
geschiedenis-datum = Date
geschiedenis-code = Code
geschiedenis-themas = Themes
geschiedenis-zoek = Find a code:
geschiedenis-aantal = { $n ->
    [one] 1 conversation
   *[other] { $n } conversations
}
geschiedenis-laatste = last: { $datum }
geschiedenis-niets-gevonden = No code with “{ $zoek }”.
geschiedenis-lijn-tonen = Show the line over time
geschiedenis-bekijken = View
geschiedenis-verwijderen = Delete
geschiedenis-ja-verwijderen = Yes, delete
geschiedenis-over-de-tijd = Over time: code { $code } ({ $n ->
    [one] 1 conversation
   *[other] { $n } conversations
})
geschiedenis-lijnen-uitleg = Solid line with dots: client. Dotted line with squares: professional. From old (left) to new (right). Higher means more of the theme; with Friction lower is better.
geschiedenis-per-kaart = Difference per card, from old to new: { $waarden }
geschiedenis-alle = all conversations
geschiedenis-tabel = Table for team meetings or research ({ $wat }):
geschiedenis-alles-vraag = Delete all saved conversations and all data of this game?
geschiedenis-ja-alles = Yes, delete everything
geschiedenis-alles-verwijderen = Delete all data

## Help (F1)

help-titel = Help: the keys
help-alt = Is there a box to type in? Then letters go into that box. Hold Alt for a letter key there, such as Alt+E.
help-overal = Everywhere
help-f1 = open or close help
help-f2 = display: text, colours, movement
help-enter = go on
help-themas = Choosing themes
help-stapel = choose a deck or take it away
help-kort = short version
help-alle = all themes
help-terug = back
help-aan-de-beurt = it is my turn
help-kiezen = choose
help-sla-over = I skip this one
help-kaart-overslaan = skip card (before choosing)
help-altijd = Always
help-stoppen = stop? (first a question)
help-ja-stoppen = yes, stop
help-pauze = short break
help-eigen-kaart = own card (between two cards)
help-client-kiest = client chooses
help-client-slaat-over = client skips
help-pro-kiest-06 = professional chooses (6 = 1 … 0 = 5)
help-pro-kiest = professional chooses
help-pro-slaat-over = professional skips
help-na-omdraaien = After turning over
help-volgende = next card
help-later = talk about this later
help-nog-een-keer = choose once more
help-overzicht = Overview
help-bewaren = save
help-eerdere = earlier conversations
help-nieuw = new conversation
help-verder = go on playing (after stopping)
help-start = Start
help-spelen = play with these decks
help-niet-stoppen = no, go on playing
help-telefoons = phones: the screen with the QR code
help-export-csv = table (CSV)
help-export-html = to print (HTML)
help-export-xlsx = Excel file
help-kies-plek = choose a place to export to
help-terug-geschiedenis = back to earlier conversations
help-geschiedenis = Earlier conversations
help-weergave = Display (F2)
help-tekstgrootte = text: 100, 125, 150 or 200 %
help-contrast = strong contrast on or off
help-rustig = calm: nothing moves, on or off
help-klaar = done (also Esc and Enter)

## Display (F2)

weergave-tekst = Text
weergave-kleuren = Colours
weergave-gewoon = Normal
weergave-contrast = Strong contrast
weergave-bewegen = Movement
weergave-draaien = Cards turn over
weergave-rustig = Calm: nothing moves
weergave-onthouden = This computer remembers this.
weergave-lezen-lukt-niet = The game cannot read the display settings. { $fout }
weergave-bewaren-lukt-niet = The game cannot save the display settings. { $fout }
weergave-tot-sluiten = This lasts until the game closes.
weergave-klaar = Done
melding-geen-map = There is no folder to save conversations in. Ask the IT help desk for help.
help-toets-enter-spatie = Enter / space
overzicht-soms-anders = Sometimes you see it differently. { $totaal ->
    [one] On this card the difference is big.
   *[other] On { $n } of { $totaal } cards the difference is big.
}
overzicht-vaak-anders = You often see it differently. { $totaal ->
    [one] On this card the difference is big.
   *[other] On { $n } of { $totaal } cards the difference is big.
}
overzicht-per-kaart = Difference per card: { $verschil } on average. Cards 2 or more apart: { $n } of { $totaal }.
melding-opgeslagen-twee = Saved in { $map }: { $pad } and { $pad2 }.
melding-opgeslagen-xlsx = Saved in { $map }: { $pad }. Open it with Excel.

## Printable page (HTML)

html-schaal = scale 1 to 5
html-gestreept = striped
html-kaarten = The cards
html-kaart = Card
html-later = Talk later
html-ja = yes
html-voor-client = For the { $client }: in words and pictures, without numbers.
html-voor-professional = For the professional: with the numbers and the notes.
html-keuze = Choice
html-notitie = Note
html-voet = Made with the Working Alliance Game. Keep this paper like other client papers.

# Problems with a file in the data folder (the file's path comes before them).
probleem-map-onleesbaar = this folder cannot be read ({ $fout }).
probleem-niet-open = this file cannot be opened ({ $fout }).
probleem-geen-tekst = this file is not readable text.
probleem-nieuwer = this file comes from a newer version of the game. Format: { $formaat }. This version knows { $bekend }.
probleem-kapot = this file cannot be read (line { $regel }, column { $kolom }: { $wat }).
probleem-apart-gezet = The file has been put aside: { $pad }

## Raad de ander (Guess the other)

start-raden = Guess the other
start-raden-uitleg = Also guess what the other chooses. You see it when the cards turn.
spel-raad-vraag = For the { $naam }: what do you think the { $ander } chooses?
spel-status-raad = what do you think the { $ander } chooses?
spel-status-geraden = chosen and guessed. You can still change.
spel-keuze-veranderen = Change my choice
raad-weet-niet = I don't know
tafel-dacht = The { $naam } guessed: { $woord }
tafel-wist-niet = The { $naam } did not know
lezer-gok-groep = Guess: { $naam }
lezer-geraden = The { $naam } has chosen and guessed.
lezer-dacht = The { $naam } thought the { $ander } chose: { $keuze }.
lezer-wist-niet = The { $naam } did not know what the { $ander } would choose.
praat-raden-verrast = What surprises you, and what does not?
praat-raden-vertel = Tell each other what you thought, and why.
overzicht-raden = { $n ->
    [one] You guessed the other's choice on 1 card.
   *[other] You guessed the other's choice on { $n } cards.
}
overzicht-raden-uitleg = What did you think, and what did the other choose? It is not about points.
sessie-fout-niet-raden = You are not playing Guess the other.
sessie-fout-eerst-kiezen = Choose for yourself first. Then you guess.
telefoon-pagina-raad = What do you think the { $ander } chooses?
telefoon-pagina-geraden = Chosen and guessed. Look at the screen.
telefoon-pagina-keuze-veranderen = Change my choice
telefoon-pagina-weet-niet = I don't know
help-raden = Guess the other on or off
telefoon-pagina-dacht = The { $naam } guessed: { $woord }
telefoon-pagina-wist-niet = The { $naam } did not know
telefoon-pagina-jij-dacht = You guessed: { $woord }
telefoon-pagina-jij-wist-niet = You did not know

## The Excel file: sheets and columns
xlsx-blad-kaarten = Cards
xlsx-blad-per-thema = Per theme
xlsx-gesprek = Conversation
xlsx-datum = Date
xlsx-code = Code
xlsx-werkveld = Field
xlsx-thema = Theme
xlsx-kenmerk = Characteristic (monitor)
xlsx-kaart = Item no.
xlsx-zin-client = Client's statement
xlsx-zin-professional = Professional's statement
xlsx-ronde = Round
xlsx-keuze-client = Client's choice
xlsx-keuze-professional = Professional's choice
xlsx-overgeslagen = Skipped by
xlsx-later = Talk about later
xlsx-eigen-kaart = Own card
xlsx-raden = Guess the other (client / professional)
xlsx-raden-waarde = { $client } / { $professional }
xlsx-weet-niet = don't know
xlsx-notitie = Note
xlsx-kaartspel = Card game
xlsx-ja = yes
xlsx-kaarten = Cards
xlsx-allebei-gekozen = Both chose
xlsx-gemiddelde-client = Client's mean
xlsx-gemiddelde-professional = Professional's mean
xlsx-verschil-per-kaart = Gap per card (mean)
xlsx-ver-uit-elkaar = Cards far apart
xlsx-oordeel = In words
telefoon-geweigerd-niet-nu = This is not possible now.
telefoon-geweigerd-eigen-wacht = Your own card is ready. It comes after this card.
telefoon-geweigerd-eigen-genoeg = You have written 5 own cards already. No more fit in this conversation.
sessie-fout-eigen-wacht = Own cards are ready already. First go on to the next card.
sessie-fout-eigen-genoeg = This conversation has { $max } own cards already. No more fit.

## The first time: the game in three pictures (also on F1, above the keys)
uitleg-titel = How the game goes
uitleg-geheim = Both choose in secret.
uitleg-tegelijk = Turn over at the same time.
uitleg-praten = Talk about the difference.
knop-begrijp-ik = Got it

## Read aloud (issue 32): the computer reads the card aloud.
knop-voorlezen = Read aloud
help-voorlezen = read the card aloud
voorlezen-geen-stem = This computer has no voice to read aloud.
voorlezen-bezig = The computer reads the card aloud.
telefoon-pagina-lees-voor = Read aloud

## "Live": a card file saved while the game runs (--cards DIR)
kaarten-live-kapot = A card file has a mistake. The game goes on with the cards from before.
kaarten-live-kapot-start = A card file has a mistake. Those cards are left out.
kaarten-live-meer = And { $n ->
    [one] one more mistake
   *[other] { $n } more mistakes
}.

# Teamoverleg: many laptops' exports in one overview. Codes only, never a name.
team-titel = Team meeting
team-uitleg = At the top: where client and professional most often see it differently. It is about the conversation, not a grade.
team-telling = { $gesprekken ->
    [one] 1 conversation
   *[other] { $gesprekken } conversations
} of { $codes ->
    [one] 1 code
   *[other] { $codes } codes
}, from { $bestanden ->
    [one] 1 file
   *[other] { $bestanden } files
}.
team-filter-alles = All fields, all themes, all the time.
team-filter-laatste = only when the last conversation was far apart
team-periode-van-tot = from { $van } to { $tot }
team-periode-vanaf = from { $van }
team-periode-tot = until { $tot }
team-kolom-code = Code
team-kolom-werkveld = Field
team-kolom-gesprekken = Conversations
team-kolom-laatste = Last conversation
team-kolom-vaak = Often far apart on
team-kolom-richting = Over time
team-laatste-ver = The last conversation was far apart.
team-nergens-vaak = Nowhere often far apart.
team-vaak-bij = { $thema } ({ $n } of { $totaal ->
    [one] 1 conversation
   *[other] { $totaal } conversations
})
team-richting-een = Only one conversation so far.
team-richting-dichter = Closer together.
team-richting-verder = Further apart.
team-richting-gelijk = About as far apart.
team-lijn-uitleg = The difference per conversation, from old to new. Higher is further apart.
team-oordeel-geen = nothing to compare
team-oordeel-een-lijn = see it the same way
team-oordeel-klein = small differences
team-oordeel-soms = sometimes far apart
team-oordeel-vaak = often far apart
team-code-titel = Code { $code }
team-client = client
team-professional = professional
team-kaarten-ver = Cards far apart:
team-eigen-kaarten = Own cards:
team-later-verder = Talk about later:
team-alleen-per-thema = Only the table per theme holds this conversation. It has no cards.
team-voet = Made with Werkalliantiespel from the team's exports. Codes only, no names.
