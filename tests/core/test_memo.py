from masthead.core.memo import SHARED_MEMO_KEY, per_request


def test_requests_of_a_bake_share_one_memo_and_readers_requests_do_not(rf):
    shared = {}
    first, second = (rf.get("/", **{SHARED_MEMO_KEY: shared}) for _ in range(2))
    assert per_request(first, "key", object) is per_request(second, "key", object)

    reader, other_reader = rf.get("/"), rf.get("/")
    assert per_request(reader, "key", object) is per_request(reader, "key", object)
    assert per_request(reader, "key", object) is not per_request(other_reader, "key", object)
