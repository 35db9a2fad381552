"""One assessment as a page of text for the Assessment tab: what was assessed and by whom,
the risk level and the safety flags it changed, then each domain's rating, needs, strengths
and the client's own words. Every value is escaped: it is the worker's and client's text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.assessment_views import AssessmentDetail, AssessmentSummary, DomainResult
from app.ui.assessment import words
from app.ui.widgets import long_day


def title_line(summary: AssessmentSummary) -> str:
    kind = words.kinds().get(summary.kind, summary.kind)
    tool = summary.instrument_title or QCoreApplication.translate("AssessmentDetail", "free text")
    return f"{kind}, {long_day(summary.assessed_on)} · {tool}"


def facts_line(detail: AssessmentDetail) -> str:
    summary = detail.summary
    levels = words.risk_levels()
    parts = [
        QCoreApplication.translate("AssessmentDetail", "Risk level: {level}").format(
            level=levels.get(summary.risk_level, "?")
        )
    ]
    if detail.suggested_risk and detail.suggested_risk != summary.risk_level:
        parts.append(
            QCoreApplication.translate("AssessmentDetail", "the ratings suggested {level}").format(
                level=levels[detail.suggested_risk]
            )
        )
    if summary.assessed_by:
        parts.append(
            QCoreApplication.translate("AssessmentDetail", "by {name}").format(
                name=summary.assessed_by
            )
        )
    due = summary.next_due_on
    parts.append(
        QCoreApplication.translate("AssessmentDetail", "next due {day}").format(day=long_day(due))
        if due
        else QCoreApplication.translate("AssessmentDetail", "no re-assessment date")
    )
    return " · ".join(parts)


def _labelled(label: str, text: str) -> str:
    if not text:
        return ""
    body = escape(text).replace("\n", "<br>")
    return f"<p><b>{escape(label)}</b> {body}</p>"


def _domain(result: DomainResult) -> str:
    rating = f" — {result.rating} {result.rating_label}" if result.rating is not None else ""
    said = f"“{result.client_words}”" if result.client_words else ""
    return "".join(
        (
            f"<h4>{escape(result.title + rating)}</h4>",
            _labelled(QCoreApplication.translate("AssessmentDetail", "Needs:"), result.needs),
            _labelled(
                QCoreApplication.translate("AssessmentDetail", "Strengths:"), result.strengths
            ),
            _labelled(
                QCoreApplication.translate("AssessmentDetail", "In the client's words:"), said
            ),
        )
    )


def _flags(detail: AssessmentDetail) -> str:
    return _labelled(
        QCoreApplication.translate("AssessmentDetail", "Safety flags added:"),
        "; ".join(detail.flags_added),
    ) + _labelled(
        QCoreApplication.translate("AssessmentDetail", "Safety flags removed:"),
        "; ".join(detail.flags_removed),
    )


def detail_html(detail: AssessmentDetail) -> str:
    parts = [
        f"<h3>{escape(title_line(detail.summary))}</h3>",
        f"<p>{escape(facts_line(detail))}</p>",
        _flags(detail),
        _labelled(QCoreApplication.translate("AssessmentDetail", "Notes on risk:"), detail.risks),
        _labelled(QCoreApplication.translate("AssessmentDetail", "Needs:"), detail.needs),
        _labelled(QCoreApplication.translate("AssessmentDetail", "Strengths:"), detail.strengths),
        *(_domain(result) for result in detail.domains),
    ]
    return "".join(parts)
