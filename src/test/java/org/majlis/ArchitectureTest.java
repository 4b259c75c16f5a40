package org.majlis;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries (Spring Modulith) and the rules of STYLE.md that the compiler does not check (ArchUnit, used
 * from plain JUnit). Every rule reads as a sentence; a failure names the class and the line.
 */
class ArchitectureTest {

    private static final String BASE = "org.majlis";
    private static final Pattern LOMBOK_IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?lombok\\.");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void the_modules_respect_each_others_boundaries_and_have_no_cycles() {
        var modules = ApplicationModules.of(Application.class);
        modules.verify();
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("base", "security", "meetings", "demo");
        // The module diagrams and canvases, for readers of target/spring-modulith-docs.
        new Documenter(modules).writeDocumentation();
    }

    @Test
    void views_call_services_never_repositories_the_entity_manager_or_sql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .as("views call services, never repositories, the entity manager or SQL")
                .check(CLASSES);
    }

    @Test
    void views_never_handle_entities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .as("views never handle entities; services give them records")
                .check(CLASSES);
    }

    @Test
    void views_do_not_reach_into_another_modules_internals() {
        classes().that().resideInAPackage("..ui..")
                .should(notDependOnTheInternalsOfAnotherModule())
                .as("views do not reach into another module's internal package")
                .check(CLASSES);
    }

    @Test
    void views_do_not_open_transactions() {
        noClasses().that().resideInAPackage("..ui..")
                .should().beAnnotatedWith(Transactional.class)
                .as("views do not open transactions; services own them")
                .check(CLASSES);
        methods().that().areDeclaredInClassesThat().resideInAPackage("..ui..")
                .should().notBeAnnotatedWith(Transactional.class)
                .as("no view method opens a transaction")
                .check(CLASSES);
    }

    @Test
    void services_at_a_modules_root_are_secured_and_transactional_at_class_level() {
        classes().that().resideInAPackage("org.majlis.(*)").and().areAnnotatedWith(Service.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .andShould().beAnnotatedWith(Transactional.class)
                .as("services at a module's root carry @PreAuthorize and @Transactional on the class")
                .check(CLASSES);
    }

    @Test
    void entities_stay_in_their_modules_internal_package() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("org.majlis.*.internal..")
                .as("entities live in their module's internal package")
                .check(CLASSES);
    }

    @Test
    void public_methods_outside_internal_packages_never_return_entities() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should(notReturnAnEntity())
                .as("services and views return records, never entities")
                .check(CLASSES);
    }

    @Test
    void time_comes_from_the_injected_clock() {
        noClasses()
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .as("time comes from the injected Clock, never from now() or currentTimeMillis()")
                .check(CLASSES);
    }

    @Test
    void dependencies_are_injected_through_constructors() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.as("dependencies are injected through constructors, not fields")
                .check(CLASSES);
    }

    @Test
    void nothing_writes_to_standard_output() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.as("nothing writes to System.out or System.err; use a logger")
                .check(CLASSES);
    }

    @Test
    void no_code_uses_lombok() throws IOException {
        // Lombok's annotations do not survive compilation, so this looks at the sources and the build.
        var offenders = new ArrayList<String>();
        for (var root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            for (var source : JavaSource.under(root)) {
                var lombok = LOMBOK_IMPORT.matcher(source.code());
                if (lombok.find()) {
                    offenders.add(source.at(lombok.start()));
                }
            }
        }
        assertThat(offenders).as("sources importing Lombok").isEmpty();
        assertThat(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8)).doesNotContain("lombok");
    }

    private static ArchCondition<JavaClass> notDependOnTheInternalsOfAnotherModule() {
        return new ArchCondition<>("not depend on the internal package of another module") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                var own = moduleOf(view.getPackageName());
                for (var dependency : view.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith(BASE + ".") && List.of(target.split("\\.")).contains("internal")
                            && !moduleOf(target).equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> notReturnAnEntity() {
        return new ArchCondition<>("not return an entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getReturnType().getAllInvolvedRawTypes().stream()
                        .filter(type -> type.isAnnotatedWith(Entity.class))
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns the entity " + entity.getName())));
            }
        };
    }

    /** "meetings" for org.majlis.meetings.ui. */
    private static String moduleOf(String packageName) {
        var rest = packageName.substring(BASE.length() + 1);
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
