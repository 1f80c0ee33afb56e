//! File-name-safe identifiers.

/// Lower-case ASCII slug: letters and digits kept (å/ä→a, ö→o, é→e), anything
/// else collapsed to one `-`. Never empty: `untitled` stands in. At most 64 bytes.
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => Some('a'),
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => Some('o'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'ü' | 'ú' | 'ù' | 'û' => Some('u'),
            'í' | 'ì' | 'î' | 'ï' => Some('i'),
            'ç' => Some('c'),
            'ñ' => Some('n'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        };
        match mapped {
            Some(m) => {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(m);
                if out.len() >= 64 {
                    break;
                }
            }
            None => dash = true,
        }
    }
    if out.is_empty() {
        "untitled".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn swedish_and_unsafe() {
        assert_eq!(
            slugify("Näravårdpodden träffar Kajsa"),
            "naravardpodden-traffar-kajsa"
        );
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        assert_eq!(slugify("!!!"), "untitled");
    }
}
