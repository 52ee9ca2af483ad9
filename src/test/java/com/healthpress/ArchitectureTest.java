package com.healthpress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.concurrent.ExecutorService;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The layers of the house, checked on the main classes: no package cycles, composition roots on top, a model without
 * web or SQL, web rooms apart, services built only by the composition roots. Each rule is also shown to catch a
 * deliberate violation among the fixture classes under {@code com.healthpress.architecture}.
 */
class ArchitectureTest {

    private static final String ROOT = "com.healthpress";
    private static final String FIXTURES = ROOT + ".architecture";

    /** The model packages: the article and its parts, the people who write and review it, roles and permissions,
     * the simple page and the publisher. */
    private static final String[] MODEL = {"article", "person", "access", "page"};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noPackageReachesItselfThroughOthers() {
        packagesFreeOfCycles(ROOT).check(MAIN);
    }

    @Test
    void nothingDependsOnTheCompositionRoots() {
        compositionRootsOnTop(ROOT).check(MAIN);
    }

    @Test
    void theModelKnowsNoWebNoViewsAndNoSql() {
        modelFreeOfWebAndSql(ROOT, MODEL).check(MAIN);
    }

    @Test
    void noWebRoomUsesAnotherFeaturesWebRoom() {
        webRoomsApart(ROOT).check(MAIN);
    }

    @Test
    void onlyTheCompositionRootsConstructServices() {
        onlyCompositionRootsConstructServices(ROOT).check(MAIN);
    }

    @Test
    void aCycleThroughTwoPackagesIsCaught() {
        String fixture = FIXTURES + ".cycle";
        assertCaught(packagesFreeOfCycles(fixture), fixture, "CycleA", "CycleB");
    }

    @Test
    void aPackageThatUsesTheCompositionRootIsCaught() {
        String fixture = FIXTURES + ".top";
        assertCaught(compositionRootsOnTop(fixture), fixture, "UsesTheRoot", "Root");
    }

    @Test
    void aModelClassThatTakesAJavalinContextOrAJdbiHandleIsCaught() {
        String fixture = FIXTURES + ".model";
        assertCaught(modelFreeOfWebAndSql(fixture, MODEL), fixture, "LeakyModel", "io.javalin.http.Context",
                "org.jdbi.v3.core.Handle");
    }

    @Test
    void aWebRoomThatCallsAnotherRoomIsCaught() {
        String fixture = FIXTURES + ".rooms";
        assertCaught(webRoomsApart(fixture), fixture, "ReaderPages", "EditorPages");
    }

    @Test
    void aServiceBuiltOutsideTheCompositionRootIsCaughtAndTheRootMayBuildIt() {
        String fixture = FIXTURES + ".wiring";
        EvaluationResult result = onlyCompositionRootsConstructServices(fixture).evaluate(classes(fixture));
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertAll(
                () -> assertTrue(report.contains("SelfWiringPages"), report),
                () -> assertTrue(report.contains("FixtureService"), report),
                () -> assertTrue(report.contains("FixtureStore"), report),
                () -> assertTrue(report.contains("FixtureWorkers"), report),
                () -> assertFalse(report.contains(fixture + ".Healthpress."), report));
    }

    /**
     * Every package is its own slice ({@code (**)}, not only the top-level ones): a feature and its own web room
     * ({@code seo} and {@code seo.web}) must not import each other either, or the room would not be a layer above.
     */
    static ArchRule packagesFreeOfCycles(String root) {
        return slices().matching(root + ".(**)").namingSlices("$1").should().beFreeOfCycles();
    }

    /** The root package holds the composition roots ({@code Healthpress}, {@code Main}): they import everything. */
    static ArchRule compositionRootsOnTop(String root) {
        return noClasses().that().resideOutsideOfPackage(root)
                .should().dependOnClassesThat().resideInAPackage(root)
                .because("the composition roots build everything, so nothing may reach back to them");
    }

    static ArchRule modelFreeOfWebAndSql(String root, String... modelPackages) {
        String[] model = new String[modelPackages.length];
        for (int i = 0; i < model.length; i++) {
            model[i] = root + "." + modelPackages[i] + "..";
        }
        return noClasses().that().resideInAnyPackage(model)
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                        "jakarta.servlet..", "org.thymeleaf..", "org.jdbi..", "java.sql..", root + "..web..",
                        root + ".server..", root + ".site..")
                .because("the model is plain values and rules that any layer above may use");
    }

    /** A web room is a feature's {@code web} package: its handlers and their view models. */
    static ArchRule webRoomsApart(String root) {
        return slices().matching(root + ".(*).web..").namingSlices("$1 web room").should().notDependOnEachOther()
                .because("what two rooms share belongs to a layer below them");
    }

    /**
     * A service of ours holds a {@code Jdbi} (it opens transactions), a thread pool or a shared cache (two of them
     * would split the work and the memory bound they keep), or is named {@code …Service}. The composition roots are
     * {@code Healthpress}, a room's factory that it calls ({@code …Room}) and each picocli command, which is the root
     * of its own run, and {@code Database}, which opens its pool with the probe that watches it. A class may still
     * construct itself (a static factory such as {@code Database.open}).
     */
    static ArchRule onlyCompositionRootsConstructServices(String root) {
        return noClasses().that(DescribedPredicate.not(compositionRoot(root)))
                .should().callConstructorWhere(serviceBuiltByAnotherClass())
                .because("a service built twice is two owners of the same rows and listeners");
    }

    private static DescribedPredicate<JavaClass> compositionRoot(String root) {
        return DescribedPredicate.describe("composition roots", type -> type.getName().equals(root + ".Healthpress")
                || type.getSimpleName().endsWith("Room")
                || type.isAnnotatedWith("picocli.CommandLine$Command")
                // The pool and the probe that tells whether its database answers open and close as one.
                || type.getName().equals(root + ".storage.Database"));
    }

    private static DescribedPredicate<JavaConstructorCall> serviceBuiltByAnotherClass() {
        return DescribedPredicate.describe("a service's constructor", call -> isService(call.getTargetOwner())
                && !call.getTargetOwner().equals(call.getOriginOwner()));
    }

    private static boolean isService(JavaClass type) {
        return type.getPackageName().startsWith(ROOT) && (type.getSimpleName().endsWith("Service")
                || type.getFields().stream().map(JavaField::getRawType).anyMatch(ArchitectureTest::ownsSharedState));
    }

    private static boolean ownsSharedState(JavaClass fieldType) {
        return fieldType.isEquivalentTo(Jdbi.class) || fieldType.isAssignableTo(ExecutorService.class)
                || fieldType.isAssignableTo("com.github.benmanes.caffeine.cache.Cache");
    }

    private static JavaClasses classes(String fixture) {
        return new ClassFileImporter().importPackages(fixture);
    }

    private static void assertCaught(ArchRule rule, String fixture, String... namedInReport) {
        EvaluationResult result = rule.evaluate(classes(fixture));
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation(), "no violation found in " + fixture);
        for (String name : namedInReport) {
            assertTrue(report.contains(name), () -> name + " missing from: " + report);
        }
    }
}
