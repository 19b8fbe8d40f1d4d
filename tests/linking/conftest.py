"""Shared by the linking tests: the event of a record by its name."""
import pytest


@pytest.fixture(scope="session")
def event_named():
    def find(record, name):
        found = [e for e in record.events if e.name == name]
        assert found, (name, [e.name for e in record.events])
        return found[0]

    return find
