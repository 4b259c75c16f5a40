package org.majlis.demo.bench;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.DemoIds;
import org.majlis.MajlisSpringTest;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bench switch on, in demo mode, on a database of its own (the bench participants must not show up in the other
 * tests' rooms): the participants are created and sign in with their role in the bench room, and the endpoints
 * answer the load driver's contract through the real filters (the bench gate, then Spring Security without a CSRF
 * token).
 */
@MajlisSpringTest
@TestPropertySource(properties = {"majlis.bench.enabled=true", "majlis.bench.observers=40",
        "majlis.bench.delegates=12", "majlis.embedded-db.database=majlis_bench"})
class BenchEndpointsTest {

    private static final int OBSERVERS = 40;
    private static final int DELEGATES = 12;

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BenchParticipants participants;
    @Autowired
    FloorService floor;
    @Autowired
    RunAs runAs;
    @Autowired
    FilterRegistrationBean<BenchGate> gate;

    private MockMvc mvc;
    private long roomId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(gate.getFilter()).apply(springSecurity())
                .build();
        roomId = new DemoIds(jdbc).room(BenchParticipants.DEMO_EDITION, RoomKind.ECONOMIC_SCIENTIFIC);
    }

    @Test
    void the_bench_participants_are_in_the_demos_economic_room_with_their_role_and_a_cheap_shared_hash() {
        assertThat(count("SELECT COUNT(*) FROM participant p JOIN room_assignment a ON a.participant_id = p.id"
                + " WHERE p.username LIKE 'bench.obs.%' AND a.room_id = ? AND a.role = 'OBSERVER'", roomId))
                .isEqualTo(OBSERVERS);
        assertThat(count("SELECT COUNT(*) FROM participant p JOIN room_assignment a ON a.participant_id = p.id"
                + " WHERE p.username LIKE 'bench.del.%' AND a.room_id = ? AND a.role = 'DELEGATE'", roomId))
                .isEqualTo(DELEGATES);
        // each delegate speaks for an organisation, the organisations in turn
        assertThat(count("SELECT COUNT(DISTINCT organisation_id) FROM participant WHERE username LIKE 'bench.del.%'"))
                .isEqualTo(DELEGATES);
        var hashes = jdbc.queryForList("SELECT DISTINCT password_hash FROM local_account WHERE username LIKE 'bench.%'",
                String.class);
        assertThat(hashes).singleElement().asString().startsWith("{bcrypt}$2a$04$");
        assertThat(count("SELECT COUNT(*) FROM local_account WHERE username LIKE 'bench.%' AND demo"))
                .isEqualTo(OBSERVERS + DELEGATES);
    }

    @Test
    void a_bench_participant_signs_in_with_the_demo_password() throws Exception {
        mvc.perform(formLogin().user("bench.obs.00040").password("demo"))
                .andExpect(authenticated().withUsername("bench.obs.00040"));
        mvc.perform(formLogin().user("bench.del.00001").password("demo"))
                .andExpect(authenticated().withUsername("bench.del.00001"));
    }

    @Test
    void creating_them_again_on_the_same_data_adds_nobody() {
        var before = count("SELECT COUNT(*) FROM participant") + count("SELECT COUNT(*) FROM room_assignment")
                + count("SELECT COUNT(*) FROM local_account");
        participants.create();
        assertThat(count("SELECT COUNT(*) FROM participant") + count("SELECT COUNT(*) FROM room_assignment")
                + count("SELECT COUNT(*) FROM local_account")).isEqualTo(before);
    }

    @Test
    void the_room_names_the_chair_the_participants_and_the_route() throws Exception {
        mvc.perform(get("/bench/room"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roomId").value(roomId))
                .andExpect(jsonPath("$.route").value("rooms/" + roomId))
                .andExpect(jsonPath("$.chair").value("eco.chair.un"))
                .andExpect(jsonPath("$.password").value("demo"))
                .andExpect(jsonPath("$.observers", hasSize(OBSERVERS)))
                .andExpect(jsonPath("$.observers[0]").value("bench.obs.00001"))
                .andExpect(jsonPath("$.delegates", hasSize(DELEGATES)))
                .andExpect(jsonPath("$.delegates[11]").value("bench.del.00012"));
    }

    @Test
    void prepare_leaves_exactly_one_speaker_however_often_it_runs_and_the_floor_lists_the_queue_in_order()
            throws Exception {
        mvc.perform(post("/bench/prepare")).andExpect(status().isOk());
        var prepared = mvc.perform(post("/bench/prepare"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemId", notNullValue()))
                .andExpect(jsonPath("$.deadlineEpochMs", notNullValue()))
                .andReturn().getResponse().getContentAsString();
        long itemId = ((Number) JsonPath.read(prepared, "$.itemId")).longValue();
        long speaker = ((Number) JsonPath.read(prepared, "$.speakerRequestId")).longValue();
        assertThat(jdbc.queryForList("SELECT id FROM floor_request WHERE agenda_item_id = ? AND status = 'SPEAKING'",
                Long.class, itemId)).containsExactly(speaker);
        assertThat(jdbc.queryForObject("SELECT p.username FROM floor_request r JOIN participant p"
                + " ON p.id = r.participant_id WHERE r.id = ?", String.class, speaker)).isEqualTo("bench.del.00001");

        for (var delegate : List.of("bench.del.00003", "bench.del.00002", "bench.del.00004")) {
            runAs.user(delegate, () -> floor.requestFloor(roomId, itemId, organisationOf(delegate),
                    FloorKind.STATEMENT));
        }
        var requests = count("SELECT COUNT(*) FROM floor_request WHERE agenda_item_id = ?", itemId);
        mvc.perform(get("/bench/floor"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemId").value(itemId))
                .andExpect(jsonPath("$.speakerRequestId").value(speaker))
                .andExpect(jsonPath("$.queue[*].username",
                        contains("bench.del.00003", "bench.del.00002", "bench.del.00004")))
                .andExpect(jsonPath("$.queue[0].requestedAt", notNullValue()))
                .andExpect(jsonPath("$.requests").value(requests));
        mvc.perform(get("/bench/room")).andExpect(jsonPath("$.itemId").value(itemId));

        mvc.perform(post("/bench/clear-floor"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.itemId").value(itemId));
        mvc.perform(get("/bench/floor"))
                .andExpect(jsonPath("$.speakerRequestId", nullValue()))
                .andExpect(jsonPath("$.queue", hasSize(0)))
                .andExpect(jsonPath("$.requests").value(requests));
        assertThat(count("SELECT COUNT(*) FROM floor_request WHERE agenda_item_id = ? AND status = 'WITHDRAWN'",
                itemId)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void prepare_can_lengthen_the_agenda_and_fill_the_queue_for_the_memory_target() throws Exception {
        mvc.perform(post("/bench/prepare").param("agendaItems", "5").param("queue", "3"))
                .andExpect(status().isOk());
        assertThat(count("SELECT COUNT(*) FROM agenda_item WHERE room_id = ?", roomId)).isGreaterThanOrEqualTo(5);
        mvc.perform(get("/bench/floor"))
                .andExpect(jsonPath("$.speakerRequestId", notNullValue()))
                .andExpect(jsonPath("$.queue[*].username",
                        contains("bench.del.00002", "bench.del.00003", "bench.del.00004")));
        mvc.perform(post("/bench/prepare").param("queue", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void any_other_bench_address_is_not_found() throws Exception {
        mvc.perform(get("/bench/nothing")).andExpect(status().isNotFound());
        mvc.perform(get("/bench")).andExpect(status().isNotFound());
    }

    @Test
    void stats_report_this_process_its_database_server_and_the_rooms_subscribers() throws Exception {
        var first = mvc.perform(get("/bench/stats"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pid").value(ProcessHandle.current().pid()))
                .andExpect(jsonPath("$.dbPid", notNullValue()))
                .andExpect(jsonPath("$.heapAfterGc", nullValue()))
                .andExpect(jsonPath("$.subscribers").value(0))
                .andExpect(jsonPath("$.sessions", notNullValue()))
                .andReturn().getResponse().getContentAsString();
        var second = mvc.perform(get("/bench/stats").param("gc", "true"))
                .andExpect(jsonPath("$.heapAfterGc", notNullValue()))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(second, "$.cpuNanos")).longValue())
                .isGreaterThan(((Number) JsonPath.read(first, "$.cpuNanos")).longValue());
        // nothing else talked to the database in between: the stats' own statements are not counted
        assertThat(((Number) JsonPath.read(second, "$.dbQuestions")).longValue())
                .isEqualTo(((Number) JsonPath.read(first, "$.dbQuestions")).longValue());
    }

    @Test
    void a_client_on_another_machine_is_refused() throws Exception {
        mvc.perform(get("/bench/stats").with(request -> {
            request.setRemoteAddr("203.0.113.7");
            return request;
        })).andExpect(status().isForbidden());
        mvc.perform(post("/bench/prepare").with(request -> {
            request.setRemoteAddr("192.168.1.20");
            return request;
        })).andExpect(status().isForbidden());
    }

    private long organisationOf(String username) {
        return jdbc.queryForObject("SELECT organisation_id FROM participant WHERE username = ?", Long.class,
                username);
    }

    private int count(String sql, Object... args) {
        var count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
