package org.wuhealth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The picture of the README, enforced on the product's classes (all three modules, tests left out):
 * facts, then the readers and the collector, then the rules, then the engine, then the reports and
 * the commands, each pointing only down, and no package reaching itself through others (jdeps
 * agrees: {@code jdeps -verbose:package} over the three modules' classes).
 */
class ArchitectureTest {
  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // facts-collector's test helpers reach the engine's tests as a test-jar, which the
          // predefined option (test-classes folders only) does not recognise.
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.wuhealth");

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("org.wuhealth.(**)").should().beFreeOfCycles().check(PRODUCT);
  }

  @Test
  void layersPointOnlyDown() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitecture()
        .layer("Facts")
        .definedBy("org.wuhealth.facts..")
        .layer("Readers")
        .definedBy(
            "org.wuhealth.parsing..",
            "org.wuhealth.importers..",
            "org.wuhealth.assembly..",
            "org.wuhealth.snapshot..",
            "org.wuhealth.inputs..",
            "org.wuhealth.collector..",
            "org.wuhealth.io..")
        .layer("Rules")
        .definedBy("org.wuhealth.rules..", "org.wuhealth.knowledge..")
        .layer("Engine")
        .definedBy("org.wuhealth.engine..")
        .layer("Reports")
        .definedBy("org.wuhealth.report..")
        .layer("Commands")
        .definedBy(
            "org.wuhealth.cli..",
            "org.wuhealth.batch..",
            "org.wuhealth.authoring..",
            "org.wuhealth.kb..",
            "org.wuhealth.logging..")
        .whereLayer("Commands")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Reports")
        .mayOnlyBeAccessedByLayers("Commands")
        .whereLayer("Engine")
        .mayOnlyBeAccessedByLayers("Reports", "Commands")
        .whereLayer("Rules")
        .mayOnlyBeAccessedByLayers("Engine", "Reports", "Commands")
        .whereLayer("Readers")
        .mayOnlyBeAccessedByLayers("Rules", "Engine", "Reports", "Commands")
        .check(PRODUCT);
  }

  @Test
  void ruleSpecificHelpersServeOnlyTheirRules() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.wuhealth.rules.api.checklist..",
            "org.wuhealth.rules.api.general..",
            "org.wuhealth.rules.api.mux..",
            "org.wuhealth.rules.api.notreceiving..",
            "org.wuhealth.rules.api.wsus..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.wuhealth.rules.api.checklist..",
            "org.wuhealth.rules.api.general..",
            "org.wuhealth.rules.api.mux..",
            "org.wuhealth.rules.api.notreceiving..",
            "org.wuhealth.rules.api.wsus..")
        .because(
            "the Java of one rule (rules.api.<category>, as rules/catalog/<category>) is called"
                + " from that rule's DRL only; what several categories share is a generic helper"
                + " in rules.api (docs/writing-rules.md)")
        .check(PRODUCT);
  }

  @Test
  void benchmarksAreNotPartOfTheProduct() {
    noClasses()
        .should()
        .resideInAPackage("org.wuhealth.bench..")
        .because("the benchmarks are test code, kept out of wuhealth.jar (docs/performance.md)")
        .check(PRODUCT);
  }
}
