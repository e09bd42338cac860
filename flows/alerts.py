"""Alerts on the nightly deployment through Prefect's own automations.

Two automations watch the `nightly` deployment: one fires when a run fails or crashes, one when no
run has completed for 26 hours (a night that never started: `sdw serve` was down, the server was
down, the schedule was paused). Both send to one notification block, a webhook whose URL is the
`SDW_ALERT_WEBHOOK` setting. `sdw serve` calls `ensure_alerts` on every start: it updates what
exists, so serving again never duplicates an automation.
"""
from __future__ import annotations

import datetime as dt
from typing import cast
from uuid import UUID

from prefect.automations import AutomationCore, EventTrigger, Posture, SendNotification
from prefect.blocks.notifications import CustomWebhookNotificationBlock
from prefect.client.orchestration import get_client

WEBHOOK_BLOCK = "sdw-alert-webhook"
FAILED_RUN = "sdw: nightly failed or crashed"
NO_COMPLETED_RUN = "sdw: no completed nightly in 26 hours"
SILENCE = dt.timedelta(hours=26)  # a nightly schedule plus two hours of slack


def alert_automations(deployment_id: UUID, block_document_id: UUID) -> list[AutomationCore]:
    """The two automations, watching flow runs of this deployment."""
    flow_runs: dict[str, str | list[str]] = {"prefect.resource.id": "prefect.flow-run.*"}
    of_deployment: dict[str, str | list[str]] = {"prefect.resource.id": f"prefect.deployment.{deployment_id}"}
    failed = AutomationCore(
        name=FAILED_RUN, description="A run of the nightly deployment failed or crashed: the night did not publish.",
        trigger=EventTrigger(match=flow_runs, match_related=of_deployment, posture=Posture.Reactive,
                             expect={"prefect.flow-run.Failed", "prefect.flow-run.Crashed"}, threshold=1,
                             within=dt.timedelta(0)),
        actions=[SendNotification(
            block_document_id=block_document_id,
            subject="sdw nightly {{ flow_run.name }}: {{ flow_run.state.name }}",
            body="The nightly run {{ flow_run.name }} ended {{ flow_run.state.name }}: "
                 "{{ flow_run.state.message }}. Nothing was published; `sdw report` says which stage failed.")])
    silent = AutomationCore(
        name=NO_COMPLETED_RUN,
        description="No run of the nightly deployment completed in 26 hours (is `sdw serve` running?).",
        trigger=EventTrigger(match=flow_runs, match_related=of_deployment, posture=Posture.Proactive,
                             expect={"prefect.flow-run.Completed"}, threshold=1, within=SILENCE),
        actions=[SendNotification(
            block_document_id=block_document_id, subject="sdw nightly: no completed run in 26 hours",
            body="No run of the nightly deployment has completed in 26 hours. Check that `sdw serve` and the "
                 "Prefect server are running and that the deployment's schedule is active.")])
    return [failed, silent]


def ensure_alerts(webhook_url: str | None, deployment_id: UUID) -> list[str]:
    """Create or update the webhook block and both automations; with no URL, remove the
    automations (alerts follow the setting). Returns the names of the active automations."""
    with get_client(sync_client=True) as client:
        if not webhook_url:
            for name in (FAILED_RUN, NO_COMPLETED_RUN):
                for stale in client.read_automations_by_name(name):
                    client.delete_automation(stale.id)
            return []
        block = CustomWebhookNotificationBlock(name="sdw alerts", url=webhook_url, method="POST", headers=None,
                                               cookies=None, json_data={"subject": "{{subject}}", "body": "{{body}}"})
        # Called from sync code, Block.save returns the document's id (typed as a coroutine too).
        block_document_id = cast(UUID, block.save(WEBHOOK_BLOCK, overwrite=True))
        for automation in alert_automations(deployment_id, block_document_id):
            existing = client.read_automations_by_name(automation.name)
            if existing:
                client.update_automation(existing[0].id, automation)
                for duplicate in existing[1:]:
                    client.delete_automation(duplicate.id)
            else:
                client.create_automation(automation)
    return [FAILED_RUN, NO_COMPLETED_RUN]
