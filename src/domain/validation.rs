use serde_json::{Map, Value};

/// Model validation errors in the gem's shape: attribute → messages in insertion order, then
/// `full_messages` (PROTOCOL.md 5.3).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ValidationErrors {
    entries: Vec<(&'static str, String)>,
}

impl ValidationErrors {
    pub fn add(&mut self, attribute: &'static str, message: impl Into<String>) {
        self.entries.push((attribute, message.into()));
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn full_messages(&self) -> Vec<String> {
        self.entries
            .iter()
            .map(|(attribute, message)| format!("{} {message}", humanize(attribute)))
            .collect()
    }

    pub fn to_json(&self) -> Value {
        let mut map = Map::new();
        for (attribute, message) in &self.entries {
            let messages = map
                .entry(attribute.to_string())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = messages {
                list.push(Value::from(message.as_str()));
            }
        }
        map.insert("full_messages".into(), Value::from(self.full_messages()));
        Value::Object(map)
    }
}

/// Rails' `humanize`: underscores to spaces, first letter capitalised.
pub fn humanize(attribute: &str) -> String {
    let spaced = attribute.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_attribute_in_first_insertion_order() {
        let mut errors = ValidationErrors::default();
        errors.add("password_confirmation", "doesn't match Password");
        errors.add("email", "has already been taken");
        errors.add("password_confirmation", "again");
        assert_eq!(
            errors.to_json().to_string(),
            r#"{"password_confirmation":["doesn't match Password","again"],"email":["has already been taken"],"full_messages":["Password confirmation doesn't match Password","Email has already been taken","Password confirmation again"]}"#
        );
        assert_eq!(humanize("google_oauth2"), "Google oauth2");
    }
}
