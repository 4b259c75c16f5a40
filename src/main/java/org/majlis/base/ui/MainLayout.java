package org.majlis.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.majlis.base.DatabaseHealth;
import org.majlis.base.DemoMode;

/**
 * The frame around every view: the side navigation built from the views' {@code @Menu} (only the entries the
 * user may open), the user's name, the language switcher and sign-out, and the "Demo" banner in demo mode. Menu
 * titles are translation keys. While the database cannot be reached, a banner says so ({@link DatabaseBanner}).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authenticationContext, DemoMode demoMode, DatabaseHealth databaseHealth) {
        var title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        var user = new Span(authenticationContext.getPrincipalName().orElse(""));
        user.setId("current-user");
        user.addClassName("current-user");
        var signOut = new Button(getTranslation("nav.sign-out"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authenticationContext.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setVisible(authenticationContext.isAuthenticated());

        var header = new HorizontalLayout(new DrawerToggle(), title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        var tools = new HorizontalLayout(user, new LanguageSwitcher(), signOut);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.addClassName("header-tools");
        var navbar = new HorizontalLayout(header);
        if (demoMode.on()) {
            navbar.add(new DemoBanner());
        }
        navbar.add(tools);
        navbar.setWidthFull();
        navbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassName("navbar");
        addToNavbar(navbar);
        addToNavbar(new DatabaseBanner(databaseHealth)); // only while the database cannot be reached (ADR 0052)

        var nav = new SideNav();
        nav.setId("side-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                var parts = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(parts[0], parts[1]));
            }
            nav.addItem(item);
        });
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
