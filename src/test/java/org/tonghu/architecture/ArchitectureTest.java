package org.tonghu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.tonghu.persistence.NativeSql;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules of the house (README, "The house"), checked on the compiled classes: features depend on each other in one
 * direction only, the shared layer on no feature, and a feature's SQL lives in its package-private store.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tonghu");

    /** Packages every feature may use; they use no feature. */
    private static final String[] SHARED = { "org.tonghu.audit..", "org.tonghu.graphql..", "org.tonghu.idempotency..",
        "org.tonghu.persistence..", "org.tonghu.policy..", "org.tonghu.regioncode..", "org.tonghu.security..",
        "org.tonghu.time..", "org.tonghu.validation..", "org.tonghu.export.." };

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.tonghu.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void portalFeaturesHaveNoCyclesAndTheCoreUsesNone() {
        slices().matching("org.tonghu.portal.(*)..").should().beFreeOfCycles().check(MAIN);
        noClasses().that().resideInAPackage("org.tonghu.portal").should().dependOnClassesThat()
                .resideInAPackage("org.tonghu.portal.*..").check(MAIN);
    }

    @Test
    void theSharedLayerUsesNoFeature() {
        noClasses().that().resideInAnyPackage(SHARED).should().dependOnClassesThat()
                .resideOutsideOfPackages(concat(SHARED, "java..", "javax..", "jakarta..", "org.eclipse..", "io..",
                        "com..", "graphql..", "org.jboss..", "org.hibernate..", "org.postgresql..",
                        "org.reactivestreams..", "org.slf4j..", "org.apache.poi.."))
                .check(MAIN);
    }

    @Test
    void onlyStoresQueryTheDatabase() {
        noClasses().that().haveSimpleNameNotEndingWith("Store").and().resideOutsideOfPackage("org.tonghu.persistence")
                .should().callMethodWhere(DescribedPredicate.describe("a query or write through an EntityManager",
                        call -> call.getTarget().getOwner().isAssignableTo(EntityManager.class)
                                && !call.getTarget().getName().equals("close")
                                && !call.getTarget().getName().equals("isOpen")))
                .orShould().dependOnClassesThat().areAssignableTo(NativeSql.class)
                .check(MAIN);
    }

    @Test
    void storesAreTheirFeaturesOwn() {
        classes().that().haveSimpleNameEndingWith("Store").should().notBePublic().check(MAIN);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
