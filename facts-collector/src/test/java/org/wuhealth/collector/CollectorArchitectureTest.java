package org.wuhealth.collector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Native calls stay in one package: the gather steps of org.wuhealth.collector.windows. Everything
 * else (the fact model, the importers, the collector's mappers and assembly) runs on any OS.
 */
class CollectorArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.wuhealth");

  @Test
  void onlyTheGatherStepsTouchJna() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.wuhealth.collector.windows..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.sun.jna..")
        .check(CLASSES);
  }

  @Test
  void theCollectorDoesNotKnowItsJnaImplementations() {
    noClasses()
        .that()
        .resideInAPackage("org.wuhealth.collector")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.wuhealth.collector.windows..")
        .check(CLASSES);
  }
}
