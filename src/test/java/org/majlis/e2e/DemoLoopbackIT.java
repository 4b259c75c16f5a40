package org.majlis.e2e;

import org.junit.jupiter.api.Test;
import org.majlis.ThisMachine;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The running demo (the tests run in demo mode, with the browser tests' application) answers on this machine's
 * loopback address and refuses a connection to any other address of the machine: its sign-in page names accounts
 * whose password is published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DemoLoopbackIT {

    @LocalServerPort
    int port;

    @Test
    void the_demo_answers_on_the_loopback_address_and_refuses_other_addresses_of_this_machine() throws Exception {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            assertThat(socket.isConnected()).isTrue();
        }

        var other = ThisMachine.nonLoopbackAddress();
        assumeThat(other).as("this machine has a non-loopback address").isPresent();
        assertThatThrownBy(() -> {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(other.get(), port), 5_000);
            }
        }).isInstanceOf(IOException.class);
    }
}
