package org.tonghu.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules of the house (README, "The house"), checked on the compiled classes: features depend on each other in one
 * direction only.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tonghu");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.tonghu.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
