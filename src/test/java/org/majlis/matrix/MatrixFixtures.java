package org.majlis.matrix;

import org.majlis.base.LocalizedText;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Demo rooms and organisations by name, unique entry codes, running code as a demo person, and running two commands
 * at the same moment. A bean of the test context: tests {@code @Autowired MatrixFixtures fx}.
 */
@Component
public class MatrixFixtures {

    private final EditionService editions;
    private final RoomService rooms;
    private final OrganisationService organisations;

    MatrixFixtures(EditionService editions, RoomService rooms, OrganisationService organisations) {
        this.editions = editions;
        this.rooms = rooms;
        this.organisations = organisations;
    }

    /** Runs {@code work} signed in as a demo person ("admin" is the secretariat), then restores the previous user. */
    public static <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var roles = "admin".equals(username) ? new String[]{"ROLE_USER", "ROLE_ADMIN"} : new String[]{"ROLE_USER"};
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, "demo",
                AuthorityUtils.createAuthorityList(roles)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs the commands at the same moment, each on its own thread (they start together behind a barrier), and
     * returns what each returned — or the exception of {@code expected}'s type it threw — in the order given.
     */
    public static List<Object> atOnce(Class<? extends RuntimeException> expected, List<Callable<Object>> commands)
            throws InterruptedException {
        var barrier = new CyclicBarrier(commands.size());
        var pool = Executors.newFixedThreadPool(commands.size());
        try {
            var tasks = commands.stream().<Callable<Object>>map(command -> () -> {
                barrier.await(10, TimeUnit.SECONDS);
                try {
                    return command.call();
                } catch (RuntimeException e) {
                    if (expected.isInstance(e)) {
                        return e;
                    }
                    throw e;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }).toList();
            return pool.invokeAll(tasks, 60, TimeUnit.SECONDS).stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    public static void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** The room of this kind in the given edition (15 = Geneva 2022, 16 = Astana 2024). */
    public long room(int editionNumber, RoomKind kind) {
        return as("admin", () -> {
            var edition = editions.list().stream().filter(e -> e.number() == editionNumber).findFirst().orElseThrow();
            return rooms.rooms(edition.id()).stream().filter(r -> r.kind() == kind).findFirst().orElseThrow().id();
        });
    }

    public long astanaEco() {
        return room(16, RoomKind.ECONOMIC_SCIENTIFIC);
    }

    public long org(String acronym) {
        return as("admin", () -> organisations.list().stream()
                .filter(o -> acronym.equals(o.acronym().en()) || acronym.equals(o.countryCode()))
                .findFirst().orElseThrow().id());
    }

    /** A code no other test uses: five random capitals and two digits. */
    public static String uniqueCode() {
        var random = ThreadLocalRandom.current();
        var letters = new StringBuilder();
        for (var i = 0; i < 5; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters + "-" + String.format(Locale.ROOT, "%02d", random.nextInt(100));
    }

    /** A valid entry for Astana 2024: FAO and IOFS on food security in Chad, SDG 2. */
    public EntryData foodSecurity(String code) {
        return new EntryData(code,
                LocalizedText.of("Food security reserves", "Réserves de sécurité alimentaire", "احتياطيات الأمن الغذائي"),
                LocalizedText.of("Regional food reserves in the Sahel", null, null),
                org("FAO"), org("IOFS"), List.of(org("IsDB")), List.of("TD", "NE"),
                LocalDate.of(2024, 9, 1), LocalDate.of(2025, 12, 31),
                LocalizedText.of("Two national reserves set up", null, null), LocalizedText.empty(),
                List.of(2), List.of(), null, null);
    }
}
