# The cards in English (Engels).
#
# This is OUR OWN translation of our Dutch B1 text (plain language).
# It was NOT tested with clients. The research tested the Dutch words only.
# Change "kaarten-getest" to "ja" only after clients have tested these words.
kaarten-getest = nee
#
# { $werker }, { $client } and { $voorwaarden } are the words of the werkveld below,
# like {werker} in the Dutch card files. { $Werker } starts with a capital letter.
# Keys come from the ids in the Dutch card files. `werkalliantiespel --check-cards`
# says which keys are missing or extra.
#
# Rules for the words (the same as for the Dutch cards):
# short sentences (12 words at most), everyday words, no passive, never a judgement.

## The pack

pakket-naam = Working alliance monitor
pakket-uitleg = 19 statements about how you work together.

## The four kenmerken

kenmerk-richting = Direction and Framework
kenmerk-richting-label = Goals and rules
kenmerk-richting-uitleg = Knowing what you work on together, and which rules you follow.
kenmerk-vertrouwen = Trust
kenmerk-vertrouwen-label = Trust
kenmerk-vertrouwen-ver-uit-elkaar = Talking about trust together helps.
kenmerk-vertrouwen-uitleg = Being able to be open and honest with each other.
kenmerk-binding = Bond
kenmerk-binding-label = Contact
kenmerk-binding-uitleg = Feeling heard, supported and respected.
kenmerk-stroefheid = Friction
kenmerk-stroefheid-label = When it is hard going
kenmerk-stroefheid-uitleg = When working together does not go smoothly, or when you clash.

## Werkvelden: the name, and the words the cards use

werkveld-reclassering = Probation
werkveld-reclassering-werker = probation officer
werkveld-reclassering-client = client
werkveld-reclassering-voorwaarden = conditions
werkveld-jeugdbescherming = Child protection
werkveld-jeugdbescherming-werker = child protection worker
werkveld-jeugdbescherming-client = young person
werkveld-jeugdbescherming-voorwaarden = agreements
werkveld-jeugdreclassering = Youth probation
werkveld-jeugdreclassering-werker = youth probation officer
werkveld-jeugdreclassering-client = young person
werkveld-jeugdreclassering-voorwaarden = conditions
werkveld-schuldhulp = Debt help
werkveld-schuldhulp-werker = debt adviser
werkveld-schuldhulp-client = client
werkveld-schuldhulp-voorwaarden = agreements
werkveld-arbeidsintegratie = Help with work
werkveld-arbeidsintegratie-werker = work coach
werkveld-arbeidsintegratie-client = client
werkveld-arbeidsintegratie-voorwaarden = agreements
werkveld-opvang = Shelter and support
werkveld-opvang-werker = support worker
werkveld-opvang-client = resident
werkveld-opvang-voorwaarden = agreements

## The scale: how much the statement fits (never "good" or "bad")

schaal-1 = Not true at all
schaal-2 = Not really true
schaal-3 = Sometimes yes, sometimes no
schaal-4 = A little true
schaal-5 = Completely true
schaal-overslaan = I skip this one

## Questions after the cards turn over

vraag-same-1 = You chose the same. Do you want to say why you chose this?
vraag-same-good-1 = You chose the same. What helps you with this?
vraag-same-good-2 = You chose the same. Do you want to say why you chose this?
vraag-same-middle-1 = You both chose the middle. When is it true, and when not?
vraag-same-hard-1 = You chose the same. Do you want to say why you chose this? You do not need to give an example.
vraag-same-hard-2 = You chose the same. What would help you with this? You do not need to give an example.
vraag-small-1 = You are close to each other. What makes the small difference?
vraag-small-2 = Almost the same. Where do you think a little differently?
vraag-small-good-1 = Almost the same. What helps you with this?
vraag-small-hard-1 = You are close to each other. What would help you? You do not need to give an example.
vraag-large-1 = You see this differently. Tell each other why you chose this.
vraag-large-2 = You chose differently. What do you want the other person to know about this?
vraag-passed-1 = Someone skipped this card. That is fine. Do you want to say something about it? You do not have to.
vraag-early-low-1 = Early in your work together, this is often not true yet. That is normal.

## Richting en Kader

kaart-verwachtingen-uitleggen-client = My { $werker } always explains clearly what I have to do.
kaart-verwachtingen-uitleggen-professional = I always explain clearly to this { $client } what I expect.
kaart-verwachtingen-uitleggen-vraag-1 = What is not clear yet? What do you still want to know?
kaart-verwachtingen-uitleggen-vraag-2 = How can the explanation be better? For example shorter, on paper or with an example.
kaart-verwachtingen-uitleggen-vraag-3 = What does the { $werker } have to tell others? And what not?
kaart-samen-doelen-bepaald-client = My { $werker } and I chose my goals together.
kaart-samen-doelen-bepaald-professional = This { $client } and I chose the goals together.
kaart-samen-doelen-bepaald-vraag-1 = Which goal really feels like your own goal?
kaart-samen-doelen-bepaald-vraag-2 = Which goal would you choose differently yourself? And why?
kaart-volgende-keer-bespreken-client = We always agree clearly what I will do before next time.
kaart-volgende-keer-bespreken-professional = I agree with this { $client } what happens before next time. I always do that clearly.
kaart-volgende-keer-bespreken-vraag-1 = How do you remember what to do for next time?
kaart-volgende-keer-bespreken-vraag-2 = Do you want to write down the agreements together at the end?
kaart-stevig-corrigeren-client = Do I not keep to our agreements? Then my { $werker } tells me off firmly.
kaart-stevig-corrigeren-professional = Does this { $client } not keep to our agreements? Then I tell this { $client } off firmly. I want to stop it from happening again.
kaart-stevig-corrigeren-vraag-1 = How do you want to hear it when an agreement fails?
kaart-stevig-corrigeren-vraag-2 = What is the difference between being clear and being strict?
kaart-eens-over-doelen-client = My { $werker } and I agree on our goals.
kaart-eens-over-doelen-professional = This { $client } and I agree about our goals.
kaart-eens-over-doelen-vraag-1 = What do you yourself most want to reach?
kaart-eens-over-doelen-vraag-2 = What do you not agree on yet?
kaart-eens-over-doelen-vraag-3 = Which rules come from the { $werker }? And which do not?
kaart-eens-over-verandering-client = What has to change for me? My { $werker } and I agree on that.
kaart-eens-over-verandering-professional = What has to change for this { $client }? We agree on that together.
kaart-eens-over-verandering-vraag-1 = What would you like to change yourself?
kaart-eens-over-verandering-vraag-2 = What does not need to change, in your view?

## Vertrouwen

kaart-vertrouwt-op-eerlijkheid-client = My { $werker } believes that I am open and honest.
kaart-vertrouwt-op-eerlijkheid-professional = I believe that this { $client } is open and honest with me.
kaart-vertrouwt-op-eerlijkheid-vraag-1 = How do you know that the other person believes you?
kaart-vertrouwt-op-eerlijkheid-vraag-2 = What helps you to be open and honest?
kaart-vertrouwt-op-eerlijkheid-vraag-3 = What does the { $werker } have to tell others? And what not?
kaart-zaken-niet-vertellen-client = My { $werker } thinks that I keep important things to myself.
kaart-zaken-niet-vertellen-professional = This { $client } keeps some things private. This { $client } does not want to talk about them.
kaart-zaken-niet-vertellen-vraag-1 = Why did you choose this? You do not need to give an example.
kaart-zaken-niet-vertellen-vraag-2 = What happens with what you tell? What do you want to know about that?
kaart-durf-open-te-zijn-client = I feel safe being open and honest with my { $werker }.
kaart-durf-open-te-zijn-professional = I think this { $client } feels safe enough with me. Safe enough to be open and honest.
kaart-durf-open-te-zijn-vraag-1 = When do you feel safe enough to be honest?
kaart-durf-open-te-zijn-vraag-lastig-1 = What can the { $werker } do to make being honest easier?
kaart-bespreken-wat-bezighoudt-client = I feel free to tell my { $werker } my worries.
kaart-bespreken-wat-bezighoudt-professional = This { $client } feels free to share their worries with me.
kaart-bespreken-wat-bezighoudt-vraag-1 = Which things are easy to talk about? And which are not?
kaart-bespreken-wat-bezighoudt-vraag-2 = What helps you to start talking about a worry?
kaart-vertrouwt-mij-client = My { $werker } trusts me.
kaart-vertrouwt-mij-professional = I know that I can trust this { $client }.
kaart-vertrouwt-mij-vraag-1 = When do you feel that there is trust?
kaart-vertrouwt-mij-vraag-lastig-1 = What can you do to trust each other more?

## Binding

kaart-mag-me-client = I notice that my { $werker } likes me.
kaart-mag-me-professional = I think that this { $client } likes me.
kaart-mag-me-vraag-1 = This is not about being friends. When does the contact feel good?
kaart-mag-me-vraag-2 = What do you like about how you treat each other?
kaart-echt-luisteren-client = I feel that my { $werker } really listens to me.
kaart-echt-luisteren-professional = I really try to listen well to this { $client }.
kaart-echt-luisteren-vraag-1 = How do you know that the other person really listens to you?
kaart-echt-luisteren-vraag-2 = What can help you understand each other even better?
kaart-enthousiast-en-positief-client = My { $werker } is positive and keen when we meet.
kaart-enthousiast-en-positief-professional = I am positive and keen when I see this { $client }.
kaart-enthousiast-en-positief-vraag-1 = How do you see that the other person enjoys it?
kaart-enthousiast-en-positief-vraag-2 = When do you feel like having a conversation? And when not?
kaart-respect-ook-bij-fouten-client = My { $werker } respects me. Even when my { $werker } does not like what I do.
kaart-respect-ook-bij-fouten-professional = This { $client } feels my respect. Even when this { $client } does something I do not like.
kaart-respect-ook-bij-fouten-vraag-1 = When do you feel that the other person respects you?
kaart-respect-ook-bij-fouten-vraag-2 = How do you say with respect that you do not like something?

## Stroefheid

kaart-moeilijk-aan-voorwaarden-client = I find it hard to keep to the { $voorwaarden }.
kaart-moeilijk-aan-voorwaarden-professional = This { $client } has to keep to the { $voorwaarden }. I think that will be hard.
kaart-moeilijk-aan-voorwaarden-vraag-1 = Which { $voorwaarden } are clear? And which not yet?
kaart-moeilijk-aan-voorwaarden-vraag-lastig-1 = What makes it difficult sometimes? You do not need to give an example.
kaart-moeilijk-aan-voorwaarden-vraag-lastig-2 = What can you both do to make it easier?
kaart-tegen-ingaan-client = When we talk, I often disagree with my { $werker }.
kaart-tegen-ingaan-professional = When we talk, this { $client } often disagrees with me.
kaart-tegen-ingaan-vraag-1 = It is okay to disagree. How do you go on talking then?
kaart-tegen-ingaan-vraag-lastig-1 = What do you often not agree about?
kaart-mooier-voorstellen-client = I make things sound better than they really are.
kaart-mooier-voorstellen-professional = This { $client } makes things sound better than they really are.
kaart-mooier-voorstellen-vraag-1 = What helps you to say how things really are?
kaart-mooier-voorstellen-vraag-lastig-1 = When is it difficult to say how things really are? You do not need to give an example.
kaart-snel-vergeten-client = After a conversation I quickly forget what we talked about.
kaart-snel-vergeten-professional = I think this { $client } quickly forgets what we talked about.
kaart-snel-vergeten-vraag-1 = What helps you remember what you talked about?
kaart-snel-vergeten-vraag-2 = Do you want to say together at the end what you agreed?
