"""The worker's own settings, inside the encrypted vault (never a QSettings or plain file):
language, text size, high contrast, idle lock time and daily sync time.

One row per worker identity. A vault has exactly one worker (its owner, `VaultMeta`'s
owner_id), so in practice one row; keying by worker keeps it right if that ever changes.
Local to this laptop: never synced (no outbox entries), like `sync_state`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class UserSettings(Base):
    __tablename__ = "user_settings"

    worker_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8))  # None: the system's language
    text_percent: Mapped[int] = mapped_column(Integer, default=100)
    high_contrast: Mapped[bool] = mapped_column(Boolean, default=False)
    idle_lock_minutes: Mapped[int | None] = mapped_column(Integer)  # None: the default
    daily_sync_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM" local, or None
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
