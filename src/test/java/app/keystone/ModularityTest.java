package app.keystone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module map of architecture.md, checked on every build. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(KeystoneApplication.class);
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.keystone");

    @Test
    void modulesDependOnlyOnWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void domainModulesStayFreeOfConnect() {
        noClasses().that().resideInAnyPackage("app.keystone.program..", "app.keystone.risk..", "app.keystone.raci..",
                        "app.keystone.automation..", "app.keystone.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "app.keystone.connect..")
                .because("Connect ends in December 2026: only connect and jira may know it, so a Forge Remote front "
                        + "door can be added beside them")
                .check(MAIN);
    }

    @Test
    void onlyTheConnectModuleUsesAcsbInternals() {
        noClasses().that().resideOutsideOfPackage("app.keystone.connect..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian.connect.spring.internal..")
                .check(MAIN);
    }
}
