//! Print the turns of a transcript, one per line (development aid).
fn main() {
    for path in std::env::args().skip(1) {
        let imp = podprint_transcript::read_path(path.as_ref(), &Default::default()).unwrap();
        let mut ep = imp.episode;
        podprint_transcript::normalize(&mut ep, &Default::default());
        println!(
            "{} {:?} {} turns={} title={:?} number={:?}",
            path,
            imp.format,
            imp.encoding,
            ep.turns.len(),
            ep.meta.title,
            ep.meta.number
        );
        for s in &ep.speakers {
            println!("  speaker {} {:?}", s.label, s.role);
        }
        for d in &ep.diagnostics {
            println!("  diag {:?} {:?} {}", d.level, d.line, d.message);
        }
        for t in &ep.turns {
            println!(
                "{:>5} {}{} {}",
                t.line,
                if t.teaser { "*" } else { " " },
                t.speaker,
                t.text()
            );
        }
    }
}
