"""Label Studio review of the builder's quotes: a local server, push, pull, and the conversion of reviews.

- `labels`: the labeling interface and guide, generated from `builder.schema`'s label sets;
- `server`: `kutipan serve` (a loopback Label Studio with an admin and a token kept in its data folder);
- `client`: where the server is, authentication, and one-line errors without the token;
- `push` / `pull`: tasks with the rules' predictions in, JSON snapshots out;
- `convert` / `agreement`: snapshot -> reviewed quote records, agreement and the resolution rule (no server needed).
"""
