//! One card: ids, items, keying, texts in both perspectives and wordings, its own prompts.

use super::*;

impl Validator<'_> {
    pub(in crate::deck) fn card(
        &mut self,
        p: &Parsed,
        raw: &RawCard,
        ids: &mut HashMap<String, Origin>,
        items: &mut HashMap<u16, String>,
    ) {
        let id = &raw.id.value;
        let here = p.at(&raw.id, "");
        let origin = Origin {
            file: here.file.clone(),
            line: here.line,
            col: here.col,
        };
        if !valid_id(id) {
            self.push(p.at(&raw.id, format!("Het id \"{id}\" kan niet: {ID_RULE}.")));
            return;
        }
        if let Some(first) = ids.get(id) {
            self.push(p.at(
                &raw.id,
                format!(
                    "Het id \"{id}\" is al gebruikt in {}:{}:{}. Elke kaart heeft een eigen id nodig.",
                    first.file.display(),
                    first.line,
                    first.col
                ),
            ));
            return;
        }
        ids.insert(id.clone(), origin.clone());
        let mut ok = true;
        if self.report.library.kenmerk(&raw.kenmerk.value).is_none() {
            let known: Vec<String> = self
                .report
                .library
                .kenmerken
                .iter()
                .map(|k| format!("\"{}\"", k.id))
                .collect();
            let choose = if known.is_empty() {
                "Er zijn geen kenmerken geladen (zie kenmerken.ron).".to_string()
            } else {
                format!("Kies uit {}.", known.join(", "))
            };
            self.push(p.at(
                &raw.kenmerk,
                format!("Onbekend kenmerk \"{}\". {choose}", raw.kenmerk.value),
            ));
            ok = false;
        }
        if raw.item == 0 {
            self.push(p.at(
                &raw.id,
                format!("Kaart \"{id}\": item moet 1 of hoger zijn."),
            ));
            ok = false;
        } else if let Some(other) = items.get(&raw.item) {
            self.push(p.at(
                &raw.id,
                format!(
                    "Kaart \"{id}\": item {} staat ook al op kaart \"{other}\".",
                    raw.item
                ),
            ));
            ok = false;
        }
        let wordings = |w: &RawWordings, who: &str, v: &mut Self| -> bool {
            w.original
                .as_ref()
                .is_none_or(|o| v.text(p, o, &format!("De zin voor de {who} (original)")))
                & v.text(p, &w.b1, &format!("De zin voor de {who} (b1)"))
        };
        ok &= wordings(&raw.client, "cliënt", self);
        ok &= wordings(&raw.professional, "professional", self);
        if raw.prompts.is_empty() || raw.prompts.len() > 3 {
            self.push(p.at(
                &raw.id,
                format!(
                    "Kaart \"{id}\" heeft {} gespreksvragen. Schrijf er 1, 2 of 3.",
                    raw.prompts.len()
                ),
            ));
            ok = false;
        }
        for prompt in &raw.prompts {
            ok &= self.text(p, prompt, "Een gespreksvraag");
        }
        if raw.prompts_hard.len() > 3 {
            self.push(p.at(
                &raw.id,
                format!(
                    "Kaart \"{id}\" heeft {} vragen bij prompts_hard. Schrijf er hoogstens 3.",
                    raw.prompts_hard.len()
                ),
            ));
            ok = false;
        }
        for prompt in &raw.prompts_hard {
            ok &= self.text(p, prompt, "Een gespreksvraag (prompts_hard)");
        }
        if !ok {
            return;
        }
        items.insert(raw.item, id.clone());
        let words = |w: &RawWordings| Wordings {
            original: w.original.as_ref().unwrap_or(&w.b1).value.clone(),
            b1: w.b1.value.clone(),
        };
        self.report.library.cards.push(Card {
            id: id.clone(),
            item: raw.item,
            kenmerk: raw.kenmerk.value.clone(),
            keying: raw.keying,
            short: raw.short,
            client: words(&raw.client),
            professional: words(&raw.professional),
            prompts: raw.prompts.iter().map(|s| s.value.clone()).collect(),
            prompts_hard: raw.prompts_hard.iter().map(|s| s.value.clone()).collect(),
            early_low: raw.early_low,
            origin,
        });
    }
}
