# An operating-system kernel simulation in the style of Martin Richards' benchmark: a
# scheduler runs six task objects (idle, worker, two packet handlers, two devices) by
# priority; they block, hold and release each other and pass packets through queues.
# Stresses attribute access, method calls on subclasses and linked structures. With the
# classic parameters the kernel sends 23246 packets and holds 9297 times.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Appends this packet to the queue whose head is `queue`; returns the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = queue is not None
        self.holding = False
        self.next = kernel.tasks
        kernel.tasks = self
        kernel.by_ident[ident] = self

    def runnable(self):
        return not self.holding and (self.pending or not self.waiting)

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        self.pending = self.queue is not None
        self.waiting = False
        return pkt

    def receive(self, pkt, sender):
        """A packet arrives from the running task `sender`: the task to run next."""
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, kernel, count):
        Task.__init__(self, kernel, IDLE, 0, None)
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.kernel.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, queue):
        Task.__init__(self, kernel, WORKER, 1000, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.kernel.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.dest = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.kernel.send(pkt)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.datum < BUFSIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.datum = work.data[work.datum]
                    work.datum += 1
                    return self.kernel.send(device)
            else:
                self.work = work.link
                return self.kernel.send(work)
        return self.kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None)
        self.held = None

    def run(self, pkt):
        if pkt is None:
            held = self.held
            if held is None:
                return self.kernel.wait()
            self.held = None
            return self.kernel.send(held)
        self.held = pkt
        return self.kernel.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = None
        self.by_ident = [None] * 6
        self.current = None
        self.sent = 0
        self.holds = 0

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.holding = True
        return self.current.next

    def release(self, ident):
        task = self.by_ident[ident]
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, pkt):
        target = self.by_ident[pkt.dest]
        self.sent += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return target.receive(pkt, self.current)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if not task.runnable():
                task = task.next
                continue
            pkt = None
            if task.pending and task.waiting:
                pkt = task.take_packet()
            self.current = task
            task = task.run(pkt)


def simulate(count):
    k = Kernel()
    IdleTask(k, count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(k, work)
    for ident, priority, device in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        dev = None
        for _ in range(3):
            dev = Packet(dev, device, KIND_DEVICE)
        HandlerTask(k, ident, priority, dev)
    DeviceTask(k, DEVICE_A, 4000)
    DeviceTask(k, DEVICE_B, 5000)
    k.schedule()
    return k.sent, k.holds


results = [simulate(10000) for _ in range(20)]
assert all(r == results[0] for r in results), results
sent, holds = results[0]
print("packets sent:", sent, "holds:", holds)
assert (sent, holds) == (23246, 9297), (sent, holds)
