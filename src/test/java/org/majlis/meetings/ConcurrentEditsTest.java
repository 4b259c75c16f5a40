package org.majlis.meetings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.internal.Edition;
import org.majlis.meetings.internal.EditionRepository;
import org.majlis.meetings.internal.OrganisationRepository;
import org.majlis.meetings.internal.Participant;
import org.majlis.meetings.internal.ParticipantRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Two members of the secretariat editing the same record: the one who saves second is told (and the first one's
 * change stays); nothing is ever silently overwritten, not even when both saves race.
 */
@MajlisSpringTest
@WithMockUser(username = "admin", roles = {"USER", "ADMIN"})
class ConcurrentEditsTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;
    @Autowired
    ParticipantService participants;
    @Autowired
    OrganisationRepository organisationRepository;
    @Autowired
    EditionRepository editionRepository;
    @Autowired
    ParticipantRepository participantRepository;
    @Autowired
    TransactionTemplate transactions;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void the_second_save_of_an_organisation_from_the_same_version_is_refused_and_the_first_stays() {
        var loaded = organisations.create(organisation("Concurrent " + unique()));

        var first = organisations.update(loaded.id(), loaded.version(), rename(loaded.toData(), "First save"));

        assertThatThrownBy(() -> organisations.update(loaded.id(), loaded.version(),
                rename(loaded.toData(), "Second save"))).isInstanceOf(ConcurrentEditException.class);
        var now = organisations.get(loaded.id());
        assertThat(now.name().en()).isEqualTo("First save");
        assertThat(now.version()).isEqualTo(first.version()).isGreaterThan(loaded.version());
    }

    @Test
    void the_second_save_of_an_edition_from_the_same_version_is_refused_and_the_first_stays() {
        var loaded = editions.create(edition(LocalizedText.of("Rabat", "Rabat", "الرباط")));

        editions.update(loaded.id(), loaded.version(), withCity(loaded.toData(), "Istanbul"));

        assertThatThrownBy(() -> editions.update(loaded.id(), loaded.version(),
                withCity(loaded.toData(), "Geneva"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(editions.get(loaded.id()).city().en()).isEqualTo("Istanbul");
    }

    @Test
    void the_second_save_of_a_room_from_the_same_version_is_refused_and_the_first_stays() {
        var edition = editions.create(edition(LocalizedText.of("Rabat", null, null)));
        var loaded = rooms.create(edition.id(), new RoomData(RoomKind.OTHER, LocalizedText.of("Side event", null,
                null), true));

        rooms.update(loaded.id(), loaded.version(), new RoomData(RoomKind.PLENARY, loaded.title(), true));

        assertThatThrownBy(() -> rooms.update(loaded.id(), loaded.version(), new RoomData(RoomKind.OTHER,
                LocalizedText.of("Renamed", null, null), true))).isInstanceOf(ConcurrentEditException.class);
        var now = rooms.rooms(edition.id()).getFirst();
        assertThat(now.kind()).isEqualTo(RoomKind.PLENARY);
        assertThat(now.title().en()).isEqualTo("Side event");
    }

    @Test
    void the_second_save_of_a_participant_from_the_same_version_is_refused_and_the_first_stays() {
        var loaded = participants.create(participant("Amal Haddad"));

        participants.update(loaded.id(), loaded.version(), withName(loaded.toData(), "Amal Haddad-Nasser"));

        assertThatThrownBy(() -> participants.update(loaded.id(), loaded.version(),
                withName(loaded.toData(), "Amal H."))).isInstanceOf(ConcurrentEditException.class);
        assertThat(participants.get(loaded.id()).fullName()).isEqualTo("Amal Haddad-Nasser");
    }

    @Test
    void changing_a_participants_roles_bumps_their_version_so_two_role_edits_clash() {
        var edition = editions.create(edition(LocalizedText.of("Baku", "Bakou", "باكو")));
        var plenary = room(edition, "Plenary");
        var workshop = room(edition, "Workshop");
        var loaded = participants.create(participant("Rania Saleh"));

        var afterFirst = participants.assign(loaded.id(), loaded.version(), edition.id(),
                List.of(new RoomAssignment(plenary, RoomRole.DELEGATE)));

        assertThat(afterFirst.version()).isGreaterThan(loaded.version());
        assertThatThrownBy(() -> participants.assign(loaded.id(), loaded.version(), edition.id(),
                List.of(new RoomAssignment(workshop, RoomRole.OBSERVER))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(participants.assignments(loaded.id(), edition.id()))
                .containsExactly(new RoomAssignment(plenary, RoomRole.DELEGATE));
    }

    @Test
    void a_role_edit_and_a_details_edit_made_from_the_same_version_clash() {
        var edition = editions.create(edition(LocalizedText.of("Baku", null, null)));
        var loaded = participants.create(participant("Omar Tall"));

        participants.assign(loaded.id(), loaded.version(), edition.id(),
                List.of(new RoomAssignment(room(edition, "Plenary"), RoomRole.OBSERVER)));

        assertThatThrownBy(() -> participants.update(loaded.id(), loaded.version(),
                withName(loaded.toData(), "Omar Tall (edited)"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(participants.get(loaded.id()).fullName()).isEqualTo("Omar Tall");
    }

    @Test
    void two_transactions_that_loaded_the_same_organisation_cannot_both_save_it() throws Exception {
        var id = organisations.create(organisation("Race " + unique())).id();

        var loser = race(
                () -> organisationRepository.findById(id).orElseThrow(),
                organisation -> organisation.apply(rename(organisation.toSummary().toData(), "Winner")),
                organisation -> organisation.apply(rename(organisation.toSummary().toData(), "Loser")),
                organisationRepository::saveAndFlush);

        assertThat(loser).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(organisations.get(id).name().en()).isEqualTo("Winner");
    }

    @Test
    void two_transactions_that_loaded_the_same_edition_cannot_both_save_it() throws Exception {
        var id = editions.create(edition(LocalizedText.of("Rabat", null, null))).id();

        var loser = race(
                () -> editionRepository.findById(id).orElseThrow(),
                edition -> changeCity(edition, "Winner"),
                edition -> changeCity(edition, "Loser"),
                editionRepository::saveAndFlush);

        assertThat(loser).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(editions.get(id).city().en()).isEqualTo("Winner");
    }

    @Test
    void two_transactions_that_loaded_the_same_participant_cannot_both_save_it() throws Exception {
        var id = participants.create(participant("Sami Kone")).id();

        var loser = race(
                () -> participantRepository.findById(id).orElseThrow(),
                participant -> changeName(participant, "Winner"),
                participant -> changeName(participant, "Loser"),
                participantRepository::saveAndFlush);

        assertThat(loser).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(participants.get(id).fullName()).isEqualTo("Winner");
    }

    @Test
    void two_simultaneous_saves_through_the_service_let_exactly_one_win() throws Exception {
        var loaded = organisations.create(organisation("Simultaneous " + unique()));
        var start = new CyclicBarrier(2);
        var admin = SecurityContextHolder.getContext().getAuthentication();

        List<Future<OrganisationSummary>> saves = List.of("A", "B").stream().map(name -> pool.submit(() -> {
            SecurityContextHolder.getContext().setAuthentication(admin);
            try {
                start.await(10, TimeUnit.SECONDS);
                return organisations.update(loaded.id(), loaded.version(), rename(loaded.toData(), name));
            } finally {
                SecurityContextHolder.clearContext();
            }
        })).toList();

        var winners = new ArrayList<String>();
        var refusals = new ArrayList<Throwable>();
        for (var save : saves) {
            try {
                winners.add(save.get(30, TimeUnit.SECONDS).name().en());
            } catch (ExecutionException e) {
                refusals.add(e.getCause());
            }
        }
        assertThat(winners).hasSize(1);
        assertThat(refusals).singleElement().satisfies(refusal -> assertThat(refusal)
                .isInstanceOfAny(ConcurrentEditException.class, OptimisticLockingFailureException.class));
        assertThat(organisations.get(loaded.id()).name().en()).isEqualTo(winners.getFirst());
    }

    /**
     * Two transactions load the same row; the first changes and commits it, then the second (still holding the old
     * version) saves. Returns what the second save threw (null if it was let through).
     */
    private <T> Throwable race(Supplier<T> load, Consumer<T> firstChange, Consumer<T> secondChange,
                               Consumer<T> save) throws Exception {
        var bothLoaded = new CountDownLatch(2);
        var firstCommitted = new CountDownLatch(1);
        var first = pool.submit(() -> {
            transactions.executeWithoutResult(status -> {
                var entity = load.get();
                bothLoaded.countDown();
                await(bothLoaded);
                firstChange.accept(entity);
                save.accept(entity);
            });
            firstCommitted.countDown();
        });
        var second = pool.submit(() -> transactions.executeWithoutResult(status -> {
            var entity = load.get();
            bothLoaded.countDown();
            await(bothLoaded);
            await(firstCommitted);
            secondChange.accept(entity);
            save.accept(entity);
        }));
        first.get(30, TimeUnit.SECONDS);
        var thrown = catchThrowable(() -> second.get(30, TimeUnit.SECONDS));
        return thrown == null ? null : thrown.getCause();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other transaction got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void changeCity(Edition edition, String city) {
        var data = edition.toSummary(0);
        edition.change(data.number(), LocalizedText.of(city, null, null), data.venue(), data.startDate(),
                data.endDate(), edition.getPreviousEdition(), null);
    }

    private static void changeName(Participant participant, String name) {
        var data = participant.toSummary();
        participant.change(name, data.email(), participant.getOrganisation(), data.positionTitle(), data.username());
    }

    /** A room of a test edition (the demo editions' rooms stay as seeded for the other tests). */
    private long room(EditionSummary edition, String title) {
        return rooms.create(edition.id(), new RoomData(RoomKind.OTHER, LocalizedText.of(title, null, null), true)).id();
    }

    private static OrganisationData organisation(String name) {
        return new OrganisationData(OrganisationFamily.OTHER, LocalizedText.of(name, null, null),
                LocalizedText.empty(), null);
    }

    private static OrganisationData rename(OrganisationData data, String name) {
        return new OrganisationData(data.family(), LocalizedText.of(name, data.name().fr(), data.name().ar()),
                data.acronym(), data.countryCode());
    }

    /** An edition long before the demo ones, so that Astana stays the current edition. */
    private EditionData edition(LocalizedText city) {
        var number = editions.list().stream().mapToInt(EditionSummary::number).max().orElse(0) + 1;
        var start = LocalDate.of(1990, 1, 1).plusDays(number);
        return new EditionData(number, city, LocalizedText.empty(), start, start.plusDays(2), null, null);
    }

    private static EditionData withCity(EditionData data, String city) {
        return new EditionData(data.number(), LocalizedText.of(city, null, null), data.venue(), data.startDate(),
                data.endDate(), data.previousEditionId(), data.hostId());
    }

    private static ParticipantData participant(String name) {
        return new ParticipantData(name, "concurrent." + unique() + "@majlis.example", null, null, null);
    }

    private static ParticipantData withName(ParticipantData data, String name) {
        return new ParticipantData(name, data.email(), data.organisationId(), data.positionTitle(), data.username());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
