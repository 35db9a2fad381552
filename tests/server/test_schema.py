"""The server's schema and entity list stay in line with what they mirror (the import rule
is tests/test_layering.py)."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from server.db import make_engine, migrate
from server.models import Base
from server.scopes import KNOWN_ENTITIES


def test_migrations_build_exactly_the_models(settings):
    engine = make_engine(settings.sqlalchemy_url)
    migrate(engine)  # at head already (init ran it): a no-op
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_known_entities_are_the_apps_synced_tables():
    from app.models import Base as AppBase
    from app.models.base import Synced

    synced = {
        mapper.class_.__tablename__
        for mapper in AppBase.registry.mappers
        if issubclass(mapper.class_, Synced)
    }
    assert synced == KNOWN_ENTITIES


def test_schema_head_constant_is_alembics_head():
    from alembic.script import ScriptDirectory

    from server.db import alembic_config
    from server.migrations import SCHEMA_HEAD

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD
