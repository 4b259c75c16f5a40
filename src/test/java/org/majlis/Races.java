package org.majlis;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Two commands that race, made to race the same way every time: the first one runs in a transaction that stays open
 * after it returned (so what it wrote is not committed yet and its row locks are held); the second one starts on
 * another thread, does its checks (which cannot see the first one's rows) and goes on until it waits for one of the
 * first one's locks; then the first one commits. This is the moment two people clicking at once meet in the
 * database, without depending on luck.
 */
public final class Races {

    private Races() {
    }

    /** Runs the race; returns what the second command returned, or the runtime exception it threw. */
    public static Object secondWhileFirstUncommitted(ApplicationContext context, Callable<?> first,
                                                     Callable<?> second) throws Exception {
        var jdbc = context.getBean(JdbcTemplate.class);
        var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var done = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var firstConnection = new AtomicLong();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var firstRun = pool.submit(() -> transactions.execute(status -> {
                try {
                    var result = first.call();
                    // the same connection as the command's (JdbcTemplate joins the transaction)
                    firstConnection.set(jdbc.queryForObject("SELECT CONNECTION_ID()", Long.class));
                    done.countDown();
                    if (!commit.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the second command never came");
                    }
                    return result;
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
            if (!done.await(60, TimeUnit.SECONDS)) {
                firstRun.get(1, TimeUnit.SECONDS); // shows why the first command failed
                throw new AssertionError("the first command did not finish");
            }
            var secondRun = pool.submit(() -> {
                try {
                    return second.call();
                } catch (RuntimeException e) {
                    return e;
                }
            });
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> waitsFor(jdbc, firstConnection.get()) || secondRun.isDone());
            commit.countDown();
            firstRun.get(30, TimeUnit.SECONDS);
            try {
                return secondRun.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new AssertionError("the second command failed unexpectedly", e.getCause());
            }
        } finally {
            commit.countDown();
            pool.shutdownNow();
        }
    }

    /** Whether some transaction waits now for a lock held by the transaction of that connection. */
    static boolean waitsFor(JdbcTemplate jdbc, long connectionId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS w"
                + " JOIN information_schema.INNODB_TRX t ON t.trx_id = w.blocking_trx_id"
                + " WHERE t.trx_mysql_thread_id = ?", Integer.class, connectionId) > 0;
    }
}
