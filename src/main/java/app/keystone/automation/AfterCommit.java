package app.keystone.automation;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Wakes this node's worker once the transaction that queued a trigger has committed (others find it by polling). */
final class AfterCommit {

    private AfterCommit() {
    }

    static void nudge(AutomationWorker worker) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.nudge();
                }
            });
        }
    }
}
