package org.openasc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(OpenAscApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openasc");

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void theModulesAreThoseTheDesignNames() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder("platform", "people", "frontdoor", "assessment", "providers", "support", "safeguarding", "returns", "liberty", "feedback", "risk", "finance", "performance", "committee", "casework", "retention", "imports", "demo");
    }

    @Test
    void platformDependsOnNoBusinessModule() {
        noClasses().that().resideInAPackage("org.openasc.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openasc.people..", "org.openasc.frontdoor..", "org.openasc.assessment..", "org.openasc.providers..", "org.openasc.support..", "org.openasc.safeguarding..", "org.openasc.returns..", "org.openasc.liberty..", "org.openasc.feedback..", "org.openasc.risk..", "org.openasc.finance..", "org.openasc.performance..", "org.openasc.committee..", "org.openasc.casework..", "org.openasc.retention..", "org.openasc.imports..", "org.openasc.demo..")
                .check(CLASSES);
    }

    @Test
    void webControllersAreNotPublic() {
        classes().that().resideInAPackage("..web..").and().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().notBePublic().check(CLASSES);
        classes().that().resideInAPackage("..web..").and().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().notBePublic().check(CLASSES);
    }

    @Test
    void nothingWritesToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(CLASSES);
    }

    @Test
    void writesModuleDiagramsNamingEveryModule() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("openasc-modules-");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        String overview = java.nio.file.Files.readString(folder.resolve("components.puml"));
        MODULES.forEach(module -> {
            assertThat(overview).as("the overview diagram").contains(module.getDisplayName());
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).as("a diagram of " + module.getIdentifier()).exists();
        });
    }
}
