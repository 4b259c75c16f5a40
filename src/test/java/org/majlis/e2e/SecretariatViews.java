package org.majlis.e2e;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.majlis.security.Roles;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.List;

/**
 * The views only the secretariat may open ({@code @RolesAllowed(ADMIN)}), found on the classpath, so the end-to-end
 * tests cover every secretariat page that exists without naming them.
 */
record SecretariatViews(List<View> views) {

    /** A secretariat view: its route (without parameters) and, if it is in the menu, its title key. */
    record View(Class<?> type, String path, String menuTitleKey) {
    }

    static SecretariatViews find() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var views = scanner.findCandidateComponents("org.majlis").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        SecretariatViews.class.getClassLoader()))
                .filter(SecretariatViews::onlyForTheSecretariat)
                .map(type -> new View(type, type.getAnnotation(Route.class).value(),
                        type.isAnnotationPresent(Menu.class) ? type.getAnnotation(Menu.class).title() : null))
                .filter(view -> !view.path().equals(Route.NAMING_CONVENTION) && !view.path().contains(":"))
                .toList();
        return new SecretariatViews(views);
    }

    List<String> menuTitleKeys() {
        return views.stream().map(View::menuTitleKey).filter(key -> key != null && !key.isEmpty()).toList();
    }

    List<String> paths() {
        return views.stream().map(view -> "/" + view.path()).toList();
    }

    private static boolean onlyForTheSecretariat(Class<?> type) {
        var roles = type.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).contains(Roles.ADMIN);
    }
}
