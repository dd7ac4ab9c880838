# De woorden van de schermen, in het Nederlands (de taal waarin alles eerst geschreven is).
#
# Een andere taal staat in talen/<code>/spel.ftl, met dezelfde sleutels.
# `werkalliantiespel --check-cards` zegt welke sleutels ontbreken of over zijn.
# Het formaat is Fluent (projectfluent.org): { $n } is een getal of woord dat het spel invult.
#
# Regels voor de woorden (B1): zinnen van hoogstens 12 woorden, gewone woorden,
# geen lijdende vorm, nooit een oordeel over een keuze.

taal-naam = Nederlands

## Start

start-titel = Werkalliantiespel
start-ondertitel = Samen praten over hoe jullie samenwerken.
start-voor-professional = Voor de professional
start-kies-hoe = Kies hoe jullie spelen. Daarna kiest de { $client } de thema's.
start-werkveld = Werkveld
start-kaartspel = Kaartspel
start-taal = Taal
start-taal-niet-getest = { $taal }: onze eigen vertaling. Nog niet getest met cliënten.
start-woorden = Woorden op de kaarten
start-woorden-b1 = Eenvoudig (B1)
start-woorden-monitor = Monitor
start-woorden-uitleg = De monitor: de vorm voor de reclassering, met de woorden van jullie werkveld.
start-zo-kiezen = Zo kiezen jullie
modus-om-de-beurt = Om de beurt
modus-tegelijk = Tegelijk
modus-telefoon = Op je telefoon
modus-om-de-beurt-uitleg = Eén kiest, de ander kijkt even weg. Daarna andersom.
modus-tegelijk-uitleg = Het scherm in twee delen. Ieder heeft eigen knoppen en toetsen.
modus-telefoon-uitleg = Ieder kiest op de eigen telefoon. Zo ziet niemand je keuze. Jullie hebben hetzelfde wifi nodig.
modus-lezer-hoort = Met een schermlezer hoort de ander wat je kiest. Kies dan Op je telefoon.
start-code = Code voor dit gesprek (mag leeg blijven)
start-code-voorbeeld = bijvoorbeeld K-17
start-code-geen-naam = Gebruik een code, nooit een naam.
start-fouten = { $n ->
    [one] Let op: 1 fout in de kaartbestanden.
   *[other] Let op: { $n } fouten in de kaartbestanden.
} Die kaarten doen niet mee. Vraag hulp aan wie de kaarten maakte.
start-verder = Verder: thema's kiezen
start-help = Help: F1
start-eerdere = Eerdere gesprekken
hervat-titel = Een gesprek is nog niet af
hervat-zonder-code = zonder code
hervat-code = code { $code }
hervat-regel = Gesprek { $code } · { $werkveld } · { $totaal ->
    [one] { $gehad } van de 1 kaart gehad.
   *[other] { $gehad } van de { $totaal } kaarten gehad.
}
hervat-vraag = Willen jullie verder waar jullie waren?
hervat-verder = Verder spelen
hervat-weggooien = Weggooien

## De tafel met de stapels (thema's kiezen)

thema-kaarten = { $n ->
    [one] 1 kaart
   *[other] { $n } kaarten
}
thema-gekozen = Gekozen
thema-niet-gekozen = Niet gekozen
thema-alleen-dit = Alleen dit thema

## De speeltafel

tafel-ronde = Ronde { $n }
tafel-aan-de-beurt = { $naam } · aan de beurt
tafel-nog-kiezen = Nog kiezen…
tafel-gekozen = Gekozen
tafel-overslaan = Sla ik over

## Thema's kiezen

thema-vraag = Waar willen jullie over praten? De { $client } kiest.
thema-uitleg = Tik op een stapel om hem te kiezen. Dit is geen rapportcijfer. Jullie zeggen allebei hoe jullie de samenwerking zien.
thema-wie-ziet = Jullie zien allebei alle keuzes. Je mag elke kaart overslaan. De { $werker } kan de keuzes en notities bewaren. Die kunnen in het dossier komen, of in een teamoverleg of onderzoek.
thema-kies-minstens-een = Kies minstens één thema.
thema-jullie-spelen = { $n ->
    [one] Jullie spelen 1 kaart.
   *[other] Jullie spelen { $n } kaarten.
}
thema-alle = Alle thema's
thema-kort = Korte versie
thema-beginnen = Beginnen
knop-terug = Terug
eigen-kaart = Eigen kaart
eigen-kaart-allebei = Jullie eigen zin. Kies allebei hoe goed hij klopt.
eigen-kaarten = Jullie eigen kaarten
eigen-titel = Eigen kaart
eigen-uitleg = Schrijf een zin waar jullie over willen praten. Jullie kiezen er allebei bij, net als bij de andere kaarten.
eigen-voorbeeld = Bijvoorbeeld: Ik weet wat ik van de afspraken vind.
eigen-op-tafel = Op tafel leggen
knop-eigen-kaart = Eigen kaart
spel-meer = Meer…
melding-eigen-hierna = Jullie eigen kaart komt hierna.
melding-eigen-nu = Jullie eigen kaart ligt nu op tafel.
knop-pauze = Even pauze
pauze-wie = Wie wil even pauze?
pauze-wie-uitleg = Wie de pauze vraagt, zegt straks wanneer jullie verder gaan.
pauze-titel = Even pauze
pauze-van = De { $naam } wil even pauze.
pauze-rust = Neem rustig de tijd. Er gebeurt nu niets.
pauze-alleen = Alleen de { $naam } zegt wanneer jullie verder gaan.
pauze-verder = Verder gaan
pauze-telefoon = Verder gaan kan op de telefoon van de { $naam }.

## Algemene knoppen

knop-help = Help
knop-weergave = Weergave
knop-sluiten = Sluiten
knop-nee = Nee
getal-komma = ,

## Spelen

spel-kaart-van = Kaart { $n } van { $totaal }
spel-kaart-kort = { $n } van { $totaal }
spel-stoppen = Stoppen
spel-telefoons = Telefoons
spel-kaart-overslaan = Kaart overslaan
spel-hoe-goed-klopt = Voor de { $naam }: hoe goed klopt jouw zin?
spel-allebei-gekozen = Allebei gekozen. Kijk samen naar de kaarten!
spel-draaien-om = De kaarten draaien om…
spel-is-aan-de-beurt = De { $naam } is aan de beurt
spel-kijk-weg = De { $naam } kijkt even weg. Dan blijft de keuze geheim.
spel-ik-kies-nu = Ik ben de { $naam } en ik kies nu
spel-status-nog-kiezen = nog kiezen…
spel-status-gekozen = gekozen. Je mag nog veranderen.
spel-status-kiest-telefoon = kiest op de telefoon…
spel-status-gekozen-telefoon = gekozen op de telefoon.
spel-verder-praten = Om verder over te praten
spel-klaar-overzicht = Klaar: naar het overzicht
spel-volgende-kaart = Volgende kaart
spel-notitie = Notitie van de { $naam } (mag leeg blijven)
spel-notitie-hint = Kort. Geen namen.
spel-bewaren-lukt-niet = Tussendoor bewaren lukt niet. Na een storing kunnen jullie dan niet verder. ({ $fout })
spel-later = Later verder praten
spel-later-ja = Later verder praten: ja
spel-nog-een-keer = Nog een keer kiezen
verschil-een-lijn = Op één lijn
verschil-klein = Klein verschil
verschil-andere-kant = Net een andere kant
verschil-groot = Jullie kijken er anders naar
verschil-overgeslagen = Overgeslagen
stoppen-vraag = Stoppen?
stoppen-overzicht = Dan gaan jullie naar het overzicht.
stoppen-verder-kan = Daar kunnen jullie ook weer verder spelen.
stoppen-ja = Ja, stoppen

## Wat een schermlezer over de tafel zegt

lezer-kaart = Kaart { $n } van { $totaal }. Thema: { $thema }.
lezer-zin = Zin voor de { $naam }: { $zin }
lezer-aan-de-beurt = De { $naam } is aan de beurt.
lezer-kiest-nog = De { $naam } kiest nog.
lezer-gekozen = De { $naam } heeft gekozen.
lezer-koos = De { $naam } koos: { $keuze }.
lezer-keuze-groep = Keuze: { $naam }
lezer-keuze = { $woord }, { $n } van { $van }
lezer-balk = ongeveer { $woord }
lezer-balk-leeg = geen keuze

## Op je telefoon (het scherm van de computer)

telefoon-titel = Doe mee met je telefoon
telefoon-stap-1 = 1. Zet wifi aan op je telefoon. Kies hetzelfde netwerk als deze computer.
telefoon-stap-2 = 2. Richt de camera op de code. Open de link.
telefoon-stap-3 = 3. Kies wie je bent.
telefoon-adres = Of typ dit adres:
telefoon-status-verbonden = telefoon is verbonden
telefoon-status-weg = telefoon is even weg
telefoon-status-computer = kiest op deze computer
telefoon-status-wacht = wacht op de telefoon
telefoon-spelen = Spelen
telefoon-lukt-niet = Lukt het niet? Kies hier:
telefoon-verbonden = Telefoon is verbonden.
telefoon-even-weg = De telefoon is even weg. Wacht even, of kies hier.
telefoon-kies-hier = Kiezen op deze computer
telefoon-geen-wifi = Deze computer is niet verbonden met een wifi-netwerk. Zet wifi aan, of maak een hotspot. Of kies Tegelijk of Om de beurt.
telefoon-kan-niet = De telefoons kunnen niet meedoen: { $fout }. Kies Tegelijk of Om de beurt.
telefoon-hint-geen-telefoon = Nog geen telefoon. Zit de telefoon op hetzelfde wifi-netwerk? Misschien houdt de firewall van deze computer de telefoon tegen. Lukt het niet? Kies dan hieronder Tegelijk of Om de beurt.
telefoon-hint-geen-plek = Iemand opende de pagina, maar koos nog geen plek. Kies op de telefoon wie je bent. Lukt het niet? Laad de pagina opnieuw.

## Op je telefoon (de pagina op de telefoon)

telefoon-pagina-wie-ben-jij = Wie ben jij?
telefoon-pagina-ik-ben = Ik ben de { $naam }
telefoon-pagina-kaart-van = Kaart { $n } van { $totaal }
telefoon-pagina-wachten = Even wachten. Het spel begint zo.
telefoon-pagina-klaar = Klaar. Dank je wel! Kijk naar het scherm.
telefoon-pagina-jouw-zin = Jouw zin
telefoon-pagina-omgedraaid = Omgedraaid
telefoon-pagina-jij = Jij
telefoon-pagina-praat-samen = Praat er samen over. Kijk naar het scherm.
telefoon-pagina-gekozen = Gekozen. Kijk naar het scherm.
telefoon-pagina-mag-veranderen = Je mag nog veranderen.
telefoon-pagina-hoe-goed = Hoe goed klopt jouw zin?
telefoon-pagina-geen-verbinding = Geen verbinding met het spel. Het spel probeert het opnieuw.
telefoon-pagina-teruggenomen = Het spel heeft jouw plek teruggenomen. Kies opnieuw als dat klopt.
telefoon-pagina-pauze-knop = Even pauze
telefoon-pagina-pauze-titel = Even pauze
telefoon-pagina-pauze-jij = Jij wilde even pauze. Neem rustig de tijd.
telefoon-pagina-verder-gaan = Verder gaan
telefoon-pagina-pauze-ander = De { $naam } wil even pauze. Neem rustig de tijd.
telefoon-pagina-pauze-alleen-ander = Alleen de { $naam } zegt wanneer jullie verder gaan.
telefoon-pagina-eigen-kaart = Eigen kaart
telefoon-pagina-eigen-zin = Jullie eigen zin
telefoon-pagina-eigen-uitleg = Schrijf een zin waar jullie over willen praten.
telefoon-pagina-eigen-op-tafel = Op tafel leggen
telefoon-pagina-terug = Terug
telefoon-pagina-eigen-verstuurd = Verstuurd. Kijk naar het scherm.
telefoon-geweigerd-te-lang = Dit bericht is te lang.
telefoon-geweigerd-niet-begrepen = Dit bericht begrijpt het spel niet.
telefoon-geweigerd-onbekende-plek = Deze plek bestaat niet.
telefoon-geweigerd-foute-code = Deze link werkt niet meer. Scan de code opnieuw.
telefoon-geweigerd-plek-bezet = Deze plek is al bezet door een andere telefoon. Vraag het aan de professional.
telefoon-geweigerd-geen-plek = Kies eerst wie je bent.
telefoon-geweigerd-foute-keuze = Deze keuze bestaat niet.
telefoon-geweigerd-te-snel = Te veel berichten. Wacht even.

## Overzicht

overzicht-titel = Zo kijken jullie naar de samenwerking
overzicht-geen-cijfer = Dit is geen rapportcijfer. Het laat zien hoe jullie allebei de samenwerking zien.
overzicht-nieuw = Nieuw gesprek
overzicht-afsluiten = Afsluiten
overzicht-legenda-balk = Hoe langer de balk, hoe meer het klopt.
overzicht-legenda-eind = Een korte balk: { $laag }. Een hele balk: { $hoog }.
niet-bewaard-vraag = Dit gesprek is nog niet bewaard.
niet-bewaard-weg = Niet bewaren? Dan is het gesprek weg, ook de notities.
niet-bewaard-bewaren = Bewaren? Dan staat het bij Eerdere gesprekken.
niet-bewaard-bewaar = Bewaren
niet-bewaard-niet = Niet bewaren
sluiten-vraag = Het spel sluiten?
sluiten-plek = Het spel onthoudt waar jullie zijn.
sluiten-verder = De volgende keer kunnen jullie verder.
sluiten-ja = Sluiten
overzicht-gesprek = Gesprek { $code } · { $werkveld }
overzicht-besproken = { $totaal ->
    [one] Jullie bespraken { $n } van de 1 kaart.
   *[other] Jullie bespraken { $n } van de { $totaal } kaarten.
}
overzicht-niets = Er is geen kaart omgedraaid. Er is nog niets te laten zien.
overzicht-lager-beter = (korte balk: het gaat soepel)
overzicht-een-lijn = Op één lijn. Jullie kiezen bijna hetzelfde.
overzicht-klein-verschil = Kleine verschillen. Geen kaart ligt ver uit elkaar.
overzicht-geen-verschil = Geen kaart met een keuze van jullie allebei.
overzicht-overgeslagen = { $n } keer overgeslagen.
overzicht-hetzelfde = Hier kijken jullie er hetzelfde naar
overzicht-geen-hetzelfde = Geen kaart met precies dezelfde keuze.
overzicht-grootste = De grootste verschillen
overzicht-geen-groot = Geen kaart met een groot verschil.
overzicht-later = Om later verder over te praten
overzicht-geen-later = Geen kaarten gemarkeerd of met een notitie.
overzicht-keer-gekozen = { $n } keer gekozen
overzicht-notitie = Notitie: { $notitie }
bewaren = Bewaren
bewaren-klaar = Bewaard op deze computer.
bewaren-onder-code = onder code { $code }
bewaren-uitleg = Alleen op deze computer, { $onder }. Niet bewaren? Dan blijft er niets achter.
bewaren-kan-niet = Bewaren kan niet: er is geen map voor gegevens.
export-naar = Exporteren naar:
export-in-map = in map { $map }
export-csv = Tabel (CSV)
export-html = Om te printen (HTML)
export-xlsx = Excel
export-kies-plek = Kies een plek…
export-venster-open = Het venster is open…
bewaarvenster-titel = Waar wil je het bestand bewaren?
melding-lukt-niet = Dit lukt niet: { $fout }.
melding-verder-lukt-niet = Verder spelen lukt niet. { $fout }
melding-bewaard = Bewaard op { $datum }.
melding-opgeslagen = Opgeslagen: { $pad }
melding-opgeslagen-html = Opgeslagen in { $map }: { $pad } voor de cliënt, { $pad2 } met getallen. Open ze in een browser om te printen.
melding-map-bestaat-niet = Deze map bestaat niet: { $map }. Kies een andere plek.
melding-bestand-bestaat-al = Dit bestand is er al: { $pad }. Druk nog een keer om het te vervangen. Of kies een andere naam.
melding-geen-bewaarvenster = Een venster om een plek te kiezen is er hier niet. Typ de plek in het vak.
fout-map-maken = { $pad }: de map maken lukt niet. { $waarom }
fout-opslaan = { $pad }: opslaan lukt niet. { $waarom }
fout-verwijderen = { $pad }: verwijderen lukt niet. { $waarom }
fout-alles-verwijderen = { $pad }: alles verwijderen lukt niet. { $waarom }
fout-opruimen = { $pad }: opruimen lukt niet. { $waarom }
fout-geen-rechten = Je mag hier niet schrijven.
fout-geen-map = Deze map bestaat niet.
fout-onbekend-gesprek = Dit gesprek is er niet.
fout-systeem = De computer zegt: { $tekst }
sessie-fout-werkveld = Het werkveld "{ $id }" bestaat niet.
sessie-fout-kenmerk = Het thema "{ $id }" bestaat niet.
sessie-fout-geen-kaarten = Met deze keuze zijn er geen kaarten.
sessie-fout-afgelopen = Het spel is al afgelopen.
sessie-fout-score = { $score } staat niet op de schaal van 1 tot en met 5.
sessie-fout-beurt = De ander is aan de beurt.
sessie-fout-al-gekozen = Je hebt al gekozen.
sessie-fout-al-omgedraaid = De kaarten zijn al omgedraaid.
sessie-fout-niet-omgedraaid = De kaarten zijn nog niet omgedraaid.
sessie-fout-niet-allebei = Nog niet iedereen heeft gekozen.
sessie-fout-overslaan = Iemand koos al bij deze kaart. Overslaan kan nu niet meer.
sessie-fout-pauze = Er is even pauze.
sessie-fout-pauze-van-ander = Wie de pauze vroeg, zegt wanneer jullie verder gaan.
sessie-fout-geen-pauze = Er is nu geen pauze.
sessie-fout-eigen-leeg = Schrijf eerst een zin.
sessie-fout-eigen-lang = Een eigen kaart heeft hoogstens { $max } tekens.
sessie-fout-eigen-nu-niet = Een eigen kaart kan tussen twee kaarten. Draai eerst deze kaart om.
sessie-fout-notitie = Een notitie mag niet langer zijn dan { $max } tekens.
sessie-fout-niets-meer = Er zijn geen kaarten meer om te spelen.
melding-verwijderd = Het gesprek is weg.
melding-alles-verwijderd = Alle gegevens zijn weg.

## Eerdere gesprekken

geschiedenis-waar = Bewaard op deze computer, in { $map }
geschiedenis-leeg = Er zijn nog geen bewaarde gesprekken.
geschiedenis-lezen = Even lezen…
geschiedenis-datum = Datum
geschiedenis-code = Code
geschiedenis-themas = Thema's
geschiedenis-zoek = Zoek een code:
geschiedenis-aantal = { $n ->
    [one] 1 gesprek
   *[other] { $n } gesprekken
}
geschiedenis-laatste = laatste: { $datum }
geschiedenis-niets-gevonden = Geen code met “{ $zoek }”.
geschiedenis-lijn-tonen = Laat de lijn over de tijd zien
geschiedenis-bekijken = Bekijken
geschiedenis-verwijderen = Verwijderen
geschiedenis-ja-verwijderen = Ja, verwijderen
geschiedenis-over-de-tijd = Over de tijd: code { $code } ({ $n ->
    [one] 1 gesprek
   *[other] { $n } gesprekken
})
geschiedenis-lijnen-uitleg = Doorgetrokken lijn met rondjes: cliënt. Stippellijn met vierkantjes: professional. Van oud (links) naar nieuw (rechts). Hoger is meer van het kenmerk; bij Stroefheid is lager beter.
geschiedenis-per-kaart = Verschil per kaart, van oud naar nieuw: { $waarden }
geschiedenis-alle = alle gesprekken
geschiedenis-tabel = Tabel voor teamoverleg of onderzoek ({ $wat }):
geschiedenis-alles-vraag = Alle bewaarde gesprekken en alle gegevens van dit spel verwijderen?
geschiedenis-ja-alles = Ja, alles verwijderen
geschiedenis-alles-verwijderen = Alle gegevens verwijderen

## Help (F1)

help-titel = Help: de toetsen
help-alt = Staat er een vak om te typen? Dan gaan letters in dat vak. Houd dan Alt vast voor een lettertoets, zoals Alt+E.
help-overal = Overal
help-f1 = help open of dicht
help-f2 = weergave: tekst, kleuren, bewegen
help-enter = verder
help-themas = Thema's kiezen
help-stapel = stapel kiezen of weghalen
help-kort = korte versie
help-alle = alle thema's
help-terug = terug
help-aan-de-beurt = ik ben aan de beurt
help-kiezen = kiezen
help-sla-over = sla ik over
help-kaart-overslaan = kaart overslaan (voor het kiezen)
help-altijd = Altijd
help-stoppen = stoppen? (eerst een vraag)
help-ja-stoppen = ja, stoppen
help-pauze = even pauze
help-eigen-kaart = eigen kaart (tussen twee kaarten)
help-client-kiest = cliënt kiest
help-client-slaat-over = cliënt slaat over
help-pro-kiest-06 = professional kiest (6 = 1 … 0 = 5)
help-pro-kiest = professional kiest
help-pro-slaat-over = professional slaat over
help-na-omdraaien = Na het omdraaien
help-volgende = volgende kaart
help-later = later verder praten
help-nog-een-keer = nog een keer kiezen
help-overzicht = Overzicht
help-bewaren = bewaren
help-eerdere = eerdere gesprekken
help-nieuw = nieuw gesprek
help-verder = verder spelen (na stoppen)
help-start = Begin
help-spelen = spelen met deze stapels
help-niet-stoppen = nee, verder spelen
help-telefoons = telefoons: het scherm met de QR-code
help-export-csv = tabel (CSV)
help-export-html = om te printen (HTML)
help-export-xlsx = Excel-bestand
help-kies-plek = een plek kiezen om te exporteren
help-terug-geschiedenis = terug naar eerdere gesprekken
help-geschiedenis = Eerdere gesprekken
help-weergave = Weergave (F2)
help-tekstgrootte = tekst: 100, 125, 150 of 200 %
help-contrast = veel contrast aan of uit
help-rustig = rustig: niets beweegt, aan of uit
help-klaar = klaar (ook Esc en Enter)

## Weergave (F2)

weergave-tekst = Tekst
weergave-kleuren = Kleuren
weergave-gewoon = Gewoon
weergave-contrast = Veel contrast
weergave-bewegen = Bewegen
weergave-draaien = Kaarten draaien
weergave-rustig = Rustig: niets beweegt
weergave-onthouden = Deze computer onthoudt dit.
weergave-lezen-lukt-niet = Het spel kan de weergave niet lezen. { $fout }
weergave-bewaren-lukt-niet = Het spel kan de weergave niet bewaren. { $fout }
weergave-tot-sluiten = Dit geldt tot het spel sluit.
weergave-klaar = Klaar
melding-geen-map = Er is geen map om gesprekken te bewaren. Vraag de ICT-helpdesk om hulp.
help-toets-enter-spatie = Enter / spatie
overzicht-soms-anders = Soms kijken jullie anders. { $totaal ->
    [one] Bij deze kaart is het verschil groot.
   *[other] Bij { $n } van de { $totaal } kaarten is het verschil groot.
}
overzicht-vaak-anders = Jullie kijken vaak anders. { $totaal ->
    [one] Bij deze kaart is het verschil groot.
   *[other] Bij { $n } van de { $totaal } kaarten is het verschil groot.
}
overzicht-per-kaart = Verschil per kaart: gemiddeld { $verschil }. Kaarten met 2 of meer verschil: { $n } van { $totaal }.
melding-opgeslagen-twee = Opgeslagen in { $map }: { $pad } en { $pad2 }.
melding-opgeslagen-xlsx = Opgeslagen in { $map }: { $pad }. Open het met Excel.

## Om te printen (HTML)

html-schaal = schaal 1 tot 5
html-gestreept = gestreept
html-kaarten = De kaarten
html-kaart = Kaart
html-later = Later bespreken
html-ja = ja
html-voor-client = Voor de { $client }: in woorden en plaatjes, zonder getallen.
html-voor-professional = Voor de professional: met de getallen en de notities.
html-keuze = Keuze
html-notitie = Notitie
html-voet = Gemaakt met het Werkalliantiespel. Bewaar dit papier zoals ander cliëntmateriaal.

# Problems with a file in the data folder (the file's path comes before them).
probleem-map-onleesbaar = deze map kan niet gelezen worden ({ $fout }).
probleem-niet-open = dit bestand kan niet geopend worden ({ $fout }).
probleem-geen-tekst = dit bestand is geen leesbare tekst.
probleem-nieuwer = dit bestand komt van een nieuwere versie van het spel. Formaat: { $formaat }. Deze versie kent { $bekend }.
probleem-kapot = dit bestand kan niet gelezen worden (regel { $regel }, kolom { $kolom }: { $wat }).
probleem-apart-gezet = Het bestand staat nu apart: { $pad }

## Raad de ander

start-raden = Raad de ander
start-raden-uitleg = Raad ook wat de ander kiest. Dat zie je pas bij het omdraaien.
spel-raad-vraag = Voor de { $naam }: wat kiest de { $ander }, denk je?
spel-status-raad = wat kiest de { $ander }, denk je?
spel-status-geraden = gekozen en geraden. Je mag nog veranderen.
spel-keuze-veranderen = Mijn keuze veranderen
raad-weet-niet = Weet ik niet
tafel-dacht = De { $naam } raadde: { $woord }
tafel-wist-niet = De { $naam } wist het niet
lezer-gok-groep = Gok: { $naam }
lezer-geraden = De { $naam } heeft gekozen en geraden.
lezer-dacht = De { $naam } dacht dat de { $ander } koos: { $keuze }.
lezer-wist-niet = De { $naam } wist niet wat de { $ander } zou kiezen.
praat-raden-verrast = Wat verrast jullie, en wat niet?
praat-raden-vertel = Vertel elkaar wat je dacht, en waarom.
overzicht-raden = { $n ->
    [one] Jullie raadden bij 1 kaart wat de ander koos.
   *[other] Jullie raadden bij { $n } kaarten wat de ander koos.
}
overzicht-raden-uitleg = Wat dacht je, en wat koos de ander? Het gaat niet om punten.
sessie-fout-niet-raden = Jullie spelen niet Raad de ander.
sessie-fout-eerst-kiezen = Kies eerst zelf. Daarna raad je.
telefoon-pagina-raad = Wat kiest de { $ander }, denk je?
telefoon-pagina-geraden = Gekozen en geraden. Kijk naar het scherm.
telefoon-pagina-keuze-veranderen = Mijn keuze veranderen
telefoon-pagina-weet-niet = Weet ik niet
help-raden = Raad de ander aan of uit
telefoon-pagina-dacht = De { $naam } raadde: { $woord }
telefoon-pagina-wist-niet = De { $naam } wist het niet
telefoon-pagina-jij-dacht = Jij raadde: { $woord }
telefoon-pagina-jij-wist-niet = Jij wist het niet

## Het Excel-bestand: bladen en kolommen
xlsx-blad-kaarten = Kaarten
xlsx-blad-per-thema = Per thema
xlsx-gesprek = Gesprek
xlsx-datum = Datum
xlsx-code = Code
xlsx-werkveld = Werkveld
xlsx-thema = Thema
xlsx-kenmerk = Kenmerk (monitor)
xlsx-kaart = Vraag nr.
xlsx-zin-client = Zin van de cliënt
xlsx-zin-professional = Zin van de professional
xlsx-ronde = Ronde
xlsx-keuze-client = Keuze cliënt
xlsx-keuze-professional = Keuze professional
xlsx-overgeslagen = Overgeslagen door
xlsx-later = Later verder praten
xlsx-eigen-kaart = Eigen kaart
xlsx-raden = Raad de ander (cliënt / professional)
xlsx-raden-waarde = { $client } / { $professional }
xlsx-weet-niet = weet niet
xlsx-notitie = Notitie
xlsx-kaartspel = Kaartspel
xlsx-ja = ja
xlsx-kaarten = Kaarten
xlsx-allebei-gekozen = Allebei gekozen
xlsx-gemiddelde-client = Gemiddelde cliënt
xlsx-gemiddelde-professional = Gemiddelde professional
xlsx-verschil-per-kaart = Verschil per kaart (gemiddeld)
xlsx-ver-uit-elkaar = Kaarten ver uit elkaar
xlsx-oordeel = In woorden
telefoon-geweigerd-niet-nu = Dit kan nu niet.
telefoon-geweigerd-eigen-wacht = Je eigen kaart ligt al klaar. Die komt na deze kaart.
telefoon-geweigerd-eigen-genoeg = Je hebt al 5 eigen kaarten geschreven. Meer kan niet in dit gesprek.
sessie-fout-eigen-wacht = Er liggen al eigen kaarten klaar. Ga eerst verder met de volgende kaart.
sessie-fout-eigen-genoeg = Dit gesprek heeft al { $max } eigen kaarten. Meer kan niet.

## De eerste keer: het spel in drie plaatjes (ook bij F1, boven de toetsen)
uitleg-titel = Zo gaat het spel
uitleg-geheim = Kies allebei in het geheim.
uitleg-tegelijk = Tegelijk omdraaien.
uitleg-praten = Praat over het verschil.
knop-begrijp-ik = Begrijp ik

## Voorlezen (issue 32): de computer leest de kaart voor.
knop-voorlezen = Voorlezen
help-voorlezen = kaart voorlezen
voorlezen-geen-stem = Deze computer heeft geen stem om voor te lezen.
voorlezen-bezig = De computer leest de kaart voor.
telefoon-pagina-lees-voor = Lees voor

## "Live": een kaartbestand bewaard terwijl het spel draait (--cards MAP)
kaarten-live-kapot = Een kaartbestand heeft een fout. Het spel speelt door met de vorige kaarten.
kaarten-live-kapot-start = Een kaartbestand heeft een fout. Die kaarten doen niet mee.
kaarten-live-meer = En nog { $n ->
    [one] één fout
   *[other] { $n } fouten
}.

# Teamoverleg: de exports van veel laptops in één overzicht. Alleen codes, nooit een naam.
team-titel = Teamoverleg
team-uitleg = Bovenaan: waar cliënt en professional het vaakst anders kijken. Het gaat om het gesprek, niet om een cijfer.
team-telling = { $gesprekken ->
    [one] 1 gesprek
   *[other] { $gesprekken } gesprekken
} van { $codes ->
    [one] 1 code
   *[other] { $codes } codes
}, uit { $bestanden ->
    [one] 1 bestand
   *[other] { $bestanden } bestanden
}.
team-filter-alles = Alle werkvelden, alle thema's, de hele tijd.
team-filter-laatste = alleen als het laatste gesprek ver uit elkaar lag
team-periode-van-tot = van { $van } tot { $tot }
team-periode-vanaf = vanaf { $van }
team-periode-tot = tot { $tot }
team-kolom-code = Code
team-kolom-werkveld = Werkveld
team-kolom-gesprekken = Gesprekken
team-kolom-laatste = Laatste gesprek
team-kolom-vaak = Vaak ver uit elkaar bij
team-kolom-richting = Over de tijd
team-laatste-ver = Het laatste gesprek lag ver uit elkaar.
team-nergens-vaak = Nergens vaak ver uit elkaar.
team-vaak-bij = { $thema } ({ $n } van { $totaal ->
    [one] 1 gesprek
   *[other] { $totaal } gesprekken
})
team-richting-een = Nog één gesprek.
team-richting-dichter = Dichter bij elkaar.
team-richting-verder = Verder uit elkaar.
team-richting-gelijk = Ongeveer even ver.
team-lijn-uitleg = Het verschil per gesprek, van oud naar nieuw. Hoger is verder uit elkaar.
team-oordeel-geen = niet te vergelijken
team-oordeel-een-lijn = zien het hetzelfde
team-oordeel-klein = kleine verschillen
team-oordeel-soms = soms ver uit elkaar
team-oordeel-vaak = vaak ver uit elkaar
team-code-titel = Code { $code }
team-client = cliënt
team-professional = professional
team-kaarten-ver = Kaarten ver uit elkaar:
team-eigen-kaarten = Eigen kaarten:
team-later-verder = Later verder praten:
team-alleen-per-thema = Van dit gesprek is alleen de tabel per thema er. De kaarten staan er niet in.
team-voet = Gemaakt met Werkalliantiespel uit de exports van het team. Alleen codes, geen namen.
