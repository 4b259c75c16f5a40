package org.majlis.bench.driver.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcCpuTest {

    @Test
    void userAndSystemTicksAreAddedEvenWhenTheCommandHasSpaces() {
        var stat = "671 (mariadbd worker) S 433 671 433 0 -1 4194560 1234 0 0 0 250 150 0 0 20 0 30 0 1000 0 0";

        assertEquals(400 * 10_000_000L, ProcCpu.parse(stat));
    }

    @Test
    void theDriversOwnProcessHasUsedSomeCpu() {
        assertTrue(ProcCpu.nanos(ProcessHandle.current().pid()) >= 0);
        assertEquals(-1, ProcCpu.nanos(-1));
    }

    @Test
    void jcmdsHeapLineGivesTheUsedBytes() {
        var info = """
                433:
                garbage-first heap   total reserved 2097152K, committed 204800K, used 61820K [0x0000000080000000)
                 region size 1024K, 3 young (3072K), 0 survivors (0K)
                """;

        assertEquals(61820L * 1024, DemoRoom.parseHeapUsed(info));
    }
}
