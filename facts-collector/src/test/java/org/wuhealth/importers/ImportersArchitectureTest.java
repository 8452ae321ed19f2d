package org.wuhealth.importers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Importers are pure functions from bytes to facts: no native access and no rule engine, so that
 * they run anywhere and the live collector can reuse their parsers and the registry mapper.
 */
class ImportersArchitectureTest {
  @Test
  void importersTouchNeitherJnaNorDrools() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wuhealth.importers");
    noClasses()
        .that()
        .resideInAPackage("org.wuhealth.importers..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.sun.jna..", "org.drools..", "org.kie..")
        .check(classes);
  }
}
