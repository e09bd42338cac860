import pytest

from sdw.prefect_server import free_port, start_server, stop_server


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    """A real Prefect server on loopback, shared by the tests that start many `sdw run` processes."""
    server, url = start_server(tmp_path_factory.mktemp("prefect-server"), free_port())
    yield url
    stop_server(server)
