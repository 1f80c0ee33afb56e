use podprint_tests::{bin, root, run, text};

#[test]
fn version_runs() {
    let o = run(&root(), &["--version"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(bin().exists());
}
