package org.wuhealth.facts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The fact model stays pure: no native access, no rule engine, no JSON library. */
class FactModelArchitectureTest {
  @Test
  void factModelImportsNeitherJnaNorDroolsNorJackson() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wuhealth.facts");
    noClasses()
        .that()
        .resideInAPackage("org.wuhealth.facts..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.sun.jna..", "org.drools..", "org.kie..", "com.fasterxml..", "com.networknt..")
        .check(classes);
  }
}
