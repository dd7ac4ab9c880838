# "Kennismaken" in English (our own text, like the Dutch).
#
# This is OUR OWN translation. It was NOT tested with clients.
# Change "kaarten-getest" to "ja" only after clients have tested these words.
kaarten-getest = nee
#
# { $werker }, { $client } and { $voorwaarden } are the words of the werkveld below.
# Rules for the words: short sentences (12 words at most), everyday words, no passive,
# never a judgement.

## The pack

pakket-naam = Getting to know each other
pakket-uitleg = 9 statements for a first conversation.

## The three themes

kenmerk-kennen = Getting to know each other
kenmerk-kennen-label = Getting to know each other
kenmerk-kennen-uitleg = Knowing who the other is and what they do.
kenmerk-doel = Where we want to go
kenmerk-doel-label = Where we want to go
kenmerk-doel-uitleg = Knowing why you talk together, and what you want.
kenmerk-eerlijk = Honest and safe
kenmerk-eerlijk-label = Honest and safe
kenmerk-eerlijk-uitleg = Saying what you think, and knowing what happens with your story.

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

## The scale: four steps, no middle

schaal-1 = Not true
schaal-2 = Mostly not true
schaal-3 = Mostly true
schaal-4 = True
schaal-overslaan = I skip this one

## Questions after the cards turn over

vraag-same-1 = You both chose the same. Do you want to say why you chose this?
vraag-same-good-1 = You both chose the same. What makes it feel this way?
vraag-same-good-2 = You both chose the same. Do you want to say why you chose this?
vraag-same-hard-1 = You both chose the same. What would help you? You do not need to give an example.
vraag-small-1 = You are close to each other. What makes the small difference?
vraag-small-good-1 = Almost the same. What helps you with this?
vraag-small-hard-1 = You are close to each other. What would help you? You do not need to give an example.
vraag-small-across-1 = You chose just on different sides. What makes the difference for you?
vraag-large-1 = You see this differently. Tell each other why you chose this.
vraag-large-2 = You chose differently. What do you want the other to know about it?
vraag-passed-1 = Someone skipped this card. That is fine. Do you want to say something? You do not have to.
vraag-early-low-1 = In a first conversation, this is often not clear yet. That is normal.

## Getting to know each other

kaart-weet-wat-je-doet-client = I know what my { $werker } can do for me.
kaart-weet-wat-je-doet-professional = I think this { $client } knows what I can do.
kaart-weet-wat-je-doet-vraag-1 = What do you still want to know about what the other does?
kaart-weet-wat-je-doet-vraag-2 = What can you still ask each other?
kaart-op-mijn-gemak-client = I feel at ease in this conversation.
kaart-op-mijn-gemak-professional = I think this { $client } feels at ease.
kaart-op-mijn-gemak-vraag-1 = What makes a conversation pleasant for you?
kaart-op-mijn-gemak-vraag-2 = Where do you like to sit when you talk?
kaart-vertellen-wat-telt-client = I can say what matters to me.
kaart-vertellen-wat-telt-professional = I think this { $client } can say what matters.
kaart-vertellen-wat-telt-vraag-1 = What do you want the other to know about you?
kaart-vertellen-wat-telt-vraag-2 = What do you like to talk about? And what not?

## Where we want to go

kaart-weet-waarom-client = I know why I talk with my { $werker }.
kaart-weet-waarom-professional = I think this { $client } knows why we talk.
kaart-weet-waarom-vraag-1 = Why do you talk together? Each say it in your own words.
kaart-weet-waarom-vraag-lastig-1 = What is not clear yet? What do you want to ask about it?
kaart-gesprekken-helpen-client = I think our conversations can help me.
kaart-gesprekken-helpen-professional = I think our conversations can help this { $client }.
kaart-gesprekken-helpen-vraag-1 = When is a conversation worth it for you?
kaart-gesprekken-helpen-vraag-2 = What do you hope will be different in a while?
kaart-zelf-willen-client = My { $werker } asks what I want myself.
kaart-zelf-willen-professional = I ask what this { $client } wants.
kaart-zelf-willen-vraag-1 = What do you want to reach yourself?
kaart-zelf-willen-vraag-2 = How can you both keep that in mind?

## Honest and safe

kaart-wat-er-gebeurt-client = I know what happens with what I say here.
kaart-wat-er-gebeurt-professional = I think this { $client } knows what happens with our conversation.
kaart-wat-er-gebeurt-vraag-1 = Who reads what you write down? What do you still want to know about that?
kaart-eerlijk-zeggen-client = I can say honestly what I think here.
kaart-eerlijk-zeggen-professional = I think this { $client } can say honestly what is going on.
kaart-eerlijk-zeggen-vraag-1 = What helps you to be honest?
kaart-eerlijk-zeggen-vraag-2 = How do you let the other know that you do not want to say something?
kaart-zeggen-als-het-niet-duidelijk-is-client = I say so when I do not understand something.
kaart-zeggen-als-het-niet-duidelijk-is-professional = I think this { $client } says so when something is not clear.
kaart-zeggen-als-het-niet-duidelijk-is-vraag-1 = How can you show each other that something is not clear?
kaart-zeggen-als-het-niet-duidelijk-is-vraag-2 = Can you also ask later? Agree together how.
