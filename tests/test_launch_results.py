"""The crawl's result files, read by the parent: a truncated one is one line that says why."""
import pytest

from ecoaudit.errors import StageError
from spiders import launch


def test_a_truncated_result_on_a_full_disk_says_the_disk_is_full(tmp_path):
    (tmp_path / "counts.json").write_text("")
    stderr = tmp_path / "crawl_stderr.txt"
    stderr.write_text("Traceback ...\nOSError: [Errno 28] No space left on device\n")
    with pytest.raises(StageError, match="no space left on device"):
        launch._read_result(tmp_path / "counts.json", stderr)


def test_a_truncated_result_otherwise_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "counts.json").write_text('{"pages": 3')
    stderr = tmp_path / "crawl_stderr.txt"
    stderr.write_text("")
    with pytest.raises(StageError, match=r"counts\.json: the crawl's result file is unreadable"):
        launch._read_result(tmp_path / "counts.json", stderr)
    monkeypatch.setattr(launch, "DISK_FULL_BYTES", 1 << 62)  # a disk with less free than that: full
    with pytest.raises(StageError, match="no space left"):
        launch._read_result(tmp_path / "counts.json", stderr)


def test_a_whole_result_is_read(tmp_path):
    (tmp_path / "counts.json").write_text('{"pages": 3}')
    assert launch._read_result(tmp_path / "counts.json", tmp_path / "none.txt") == {"pages": 3}
