#!/usr/bin/env python3
"""A throwaway SMTP server for tests/mail_smtp.rs.

Usage: smtp_sink.py PORT DIR

Listens on 127.0.0.1:PORT (aiosmtpd, plain SMTP) and writes every message it accepts as
DIR/<n>.json: the envelope, the parsed From/To/Subject/Content-Type, the decoded body and the raw
message. Each file appears complete (written under a temporary name, then renamed) before the
server answers 250, so a client that got its 250 can read the file at once. Runs until stdin is
closed or the process is killed.
"""

import email
import email.policy
import json
import os
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "mime_version": str(message["MIME-Version"]),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body": message.get_content(),
            "raw": envelope.content.decode("utf-8", "replace"),
        }
        with self.lock:
            self.count += 1
            number = self.count
        partial = os.path.join(self.directory, f".{number}.partial")
        with open(partial, "w", encoding="utf-8") as file:
            json.dump(record, file, indent=2)
        os.replace(partial, os.path.join(self.directory, f"{number}.json"))
        return "250 Message accepted for delivery"


def main():
    port = int(sys.argv[1])
    directory = sys.argv[2]
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"listening on 127.0.0.1:{port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
