#!/bin/busybox sh
# PID 1 of the lab's real guests (built into a busybox initramfs by GuestImages): loads virtio-net,
# then runs each line read from the second serial port (ttyS1, qemu's stdio) and answers "@@END STATUS".
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
# Static addresses are usable at once: no duplicate address detection in the guest.
echo 0 > /proc/sys/net/ipv6/conf/default/accept_dad
echo 0 > /proc/sys/net/ipv6/conf/all/accept_dad
for m in virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci failover net_failover virtio_net; do
  insmod "/lib/modules/$m.ko" || echo "insmod $m failed" > /dev/ttyS0
done
ip link set lo up
stty -F /dev/ttyS1 -echo
exec /bin/sh -c 'echo @@READY; while read -r line; do eval "$line"; echo "@@END $?"; done' </dev/ttyS1 >/dev/ttyS1 2>&1
