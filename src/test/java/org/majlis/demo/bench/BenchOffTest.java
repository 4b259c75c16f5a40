package org.majlis.demo.bench;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.MajlisSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without the switch (the default) the bench does not exist: its addresses are not found, nothing is created. */
@MajlisSpringTest
class BenchOffTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    FilterRegistrationBean<BenchGate> gate;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(gate.getFilter()).apply(springSecurity())
                .build();
    }

    @Test
    void the_bench_endpoints_are_not_found() throws Exception {
        mvc.perform(get("/bench/stats")).andExpect(status().isNotFound());
        mvc.perform(get("/bench/room")).andExpect(status().isNotFound());
        mvc.perform(post("/bench/prepare")).andExpect(status().isNotFound());
    }

    @Test
    void no_bench_bean_is_there() {
        assertThat(context.getBeanNamesForType(BenchParticipants.class)).isEmpty();
        assertThat(context.getBeanNamesForType(BenchController.class)).isEmpty();
        assertThat(context.getBean(BenchSettings.class).enabled()).isFalse();
    }
}
