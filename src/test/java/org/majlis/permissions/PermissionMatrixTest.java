package org.majlis.permissions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.majlis.MajlisSpringTest;
import org.majlis.base.InvalidInputException;
import org.majlis.base.NotFoundException;
import org.majlis.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The permission table ({@link PermissionTable}) proven: every state-changing service action, taken by each kind of
 * person ({@link Who}), with the ids of the room under test and with ids forged from another room, is allowed or
 * refused as the table says, and a refused call changes nothing in the database. The same table is rendered into
 * {@code docs/security.md}; a test keeps the two equal.
 */
@MajlisSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    /** State-changing service methods that are not in the table, and why. */
    static final Map<String, String> EXEMPT = Map.of(
            "AccountLinks.linkCurrentUser", "`AccountLinks.linkCurrentUser` links the caller's own Keycloak account"
                    + " to the participant with their verified email; it grants nothing by itself",
            "LocalAccounts.createDemoAccount", "`LocalAccounts.createDemoAccount` runs only while seeding the demo"
                    + " (secretariat only)",
            "SecretariatSetup.create", "`SecretariatSetup.create` is the first-start setup: open to anyone, once,"
                    + " only outside demo mode while no secretariat account can sign in (`SecretariatSetupTest`)",
            "BigScreenService.show", "`BigScreenService.show` is the big screen's read by its link, without an"
                    + " account: it only notes when the link was last used (`BigScreenServiceTest`)");

    private static final AnnotationTransactionAttributeSource TRANSACTIONS = new AnnotationTransactionAttributeSource(false);

    enum Ids {
        OWN("the room's own ids"), FORGED("ids forged from another room"), CLOSED("the ids of a closed room");

        private final String label;

        Ids(String label) {
            this.label = label;
        }
    }

    /** One cell of the table. */
    record Case(Action action, Who who, Ids ids, boolean allowed) {

        @Override
        public String toString() {
            return action.id() + " — " + who.label() + " with " + ids.label + ": " + (allowed ? "allowed" : "refused");
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private PermissionWorld world;
    private Stage stage;
    private Services services;
    private DatabaseFingerprint fingerprint;

    @BeforeAll
    void world() {
        world = PermissionWorld.create(context);
        stage = new Stage(context, world);
        services = Services.of(context);
        fingerprint = new DatabaseFingerprint(jdbc);
    }

    static List<Case> cases() {
        var cases = new ArrayList<Case>();
        for (var action : PermissionTable.ACTIONS) {
            for (var who : Who.values()) {
                cases.add(new Case(action, who, Ids.OWN, action.allowed().contains(who)));
                if (action.ids() != Action.Ids.NONE) {
                    cases.add(new Case(action, who, Ids.FORGED, action.allowedWithForgedIds(who)));
                    cases.add(new Case(action, who, Ids.CLOSED, action.allowedInClosedRoom(who)));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_action_is_allowed_or_refused_as_the_permission_table_says(Case c) {
        var cast = switch (c.ids()) {
            case OWN -> world.room;
            case FORGED -> world.forged;
            case CLOSED -> world.closed;
        };
        if (c.ids() == Ids.CLOSED) {
            stage.open(cast.roomId()); // set up while open, as the room's people would have
        }
        var target = c.action().setup().prepare(stage, cast);
        if (c.ids() == Ids.CLOSED) {
            stage.close(cast.roomId());
        }
        var roomId = c.ids() != Ids.FORGED ? target.roomId() : switch (c.action().ids()) {
            case ROOM, ITEM, NONE -> target.roomId(); // the forger names the other room, or no room at all
            case ROOM_AND_ITEM, ROOM_AND_REVIEWED_ENTRY -> world.room.roomId(); // their room, another room's ids
        };
        var before = c.allowed() ? null : fingerprint.take();
        RuntimeException failure = null;
        try {
            Actors.as(world.username(c.who()), () -> c.action().call().invoke(services, roomId, target));
        } catch (RuntimeException e) {
            failure = e;
        }
        if (c.allowed()) {
            if (failure != null) {
                throw new AssertionError(c + ", but it failed", failure);
            }
            return;
        }
        if (failure == null) {
            fail(c + ", but it was allowed");
        }
        assertThat(isRefusal(failure, c.ids())).as("%s: refused by %s", c, failure).isTrue();
        assertThat(fingerprint.take()).as("%s: the database after the refused call", c).isEqualTo(before);
    }

    /**
     * With the room's own ids a refusal is a permission refusal; in a closed room also the room's rule (a
     * {@link RefusedException} with its reason); with forged ids also "no such item in this room" or "not an entry
     * under review here" — never a failure of another kind.
     */
    private static boolean isRefusal(RuntimeException failure, Ids ids) {
        if (failure instanceof AccessDeniedException) {
            return true;
        }
        if (ids == Ids.CLOSED) {
            return failure instanceof RefusedException refused && refused.messageKey().equals("room.refused.closed");
        }
        return ids == Ids.FORGED && (failure instanceof NotFoundException
                || failure instanceof InvalidInputException invalid && invalid.errors().stream()
                .anyMatch(e -> e.messageKey().equals("validation.matrix.not-under-review")));
    }

    @Test
    void every_state_changing_service_method_is_in_the_permission_table() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        var methods = new TreeSet<String>();
        for (var definition : scanner.findCandidateComponents("org.majlis")) {
            var type = ClassUtils.resolveClassName(definition.getBeanClassName(), getClass().getClassLoader());
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .filter(m -> {
                        // the method's own @Transactional, else the class's: what the transaction proxy applies
                        var tx = TRANSACTIONS.getTransactionAttribute(m, type);
                        return tx != null && !tx.isReadOnly();
                    })
                    .forEach(m -> methods.add(type.getSimpleName() + "." + m.getName()));
        }
        var inTable = PermissionTable.ACTIONS.stream().map(Action::name).collect(Collectors.toSet());
        methods.removeAll(EXEMPT.keySet());
        assertThat(inTable).as("actions in the permission table").containsAll(methods);
        assertThat(methods).as("state-changing service methods").containsAll(inTable);
    }

    @Test
    void docs_security_md_shows_the_table_this_test_proves() throws Exception {
        var table = PermissionDocs.render(PermissionTable.ACTIONS, EXEMPT.values().stream().sorted().toList());
        if (Boolean.getBoolean("majlis.docs.write")) {
            PermissionDocs.write(table);
        }
        assertThat(PermissionDocs.current())
                .as("the permission table in %s (rewrite it with ./mvnw test -Dtest=PermissionMatrixTest"
                        + " -Dmajlis.docs.write=true)", PermissionDocs.FILE)
                .isEqualTo(table);
    }
}
