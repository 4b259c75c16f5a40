package org.majlis;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.AfterEach;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import java.util.List;
import java.util.Set;

/**
 * A browserless test of the live room's views: the real Spring context on the embedded MariaDB, a
 * {@link LiveRoomFixture} room of its own, and the viewer signed in for the test thread (other people act through
 * the services with {@link LiveRoomFixture#as}).
 */
@MajlisSpringTest
public abstract class LiveRoomViewTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.majlis");
    }

    /** Leaves the room (its views detach and stop listening) while still signed in, then signs out. */
    @AfterEach
    void signOut() {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            // dialogs belong to the UI, not the view: they would go on following the room after the navigation
            $(Dialog.class).all().forEach(Dialog::close);
            UI.getCurrent().navigate("");
            roundTrip();
            // run what pushes left queued while still signed in (with a dialog open the round trip leaves them)
            var session = VaadinSession.getCurrent();
            session.unlock();
            session.lock();
        }
        SecurityContextHolder.clearContext();
    }

    /**
     * Signs the viewer in and opens the room page. The test thread holds the session lock (as a request would), so
     * pushes from the broadcaster wait and run on {@link #roundTrip()} — in this thread, as the viewer.
     */
    protected void openRoomAs(String username, long roomId) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_USER"))));
        UI.getCurrent().navigate("rooms/" + roomId);
    }

    /** Selects a tab of the room page by its label. */
    protected void selectTab(String label) {
        var sheet = $(TabSheet.class).single();
        for (var i = 0; i < sheet.getTabCount(); i++) {
            if (sheet.getTabAt(i).getLabel().equals(label)) {
                sheet.setSelectedIndex(i);
                roundTrip(); // the tab's content is attached before the response
                return;
            }
        }
        throw new AssertionError("No tab " + label);
    }

    /** Lets the broadcaster deliver (after its coalescing window) and runs the UI's pending access tasks. */
    protected void awaitPush() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        roundTrip();
    }

    /** The notifications' texts as people read them (without the invisible marks that isolate names). */
    protected List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> BrowserlessViewTest.read(test(n).getText())).toList();
    }
}
