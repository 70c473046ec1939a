/**
 * Test support for tools that use Juesuan: generators of consistent reports (jqwik), AssertJ
 * assertions, the bundled real reports and mutational fuzzing. Module
 * {@code io.github.juesuan.testing} (artifact {@code juesuan-testing}).
 */
module io.github.juesuan.testing {
    requires transitive io.github.juesuan.core;
    // Arbitrary and the AssertJ assertion types are in this API
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;

    exports io.github.juesuan.testing;
    exports io.github.juesuan.testing.fuzz;
}
